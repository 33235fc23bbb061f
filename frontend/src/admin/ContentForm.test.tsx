import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentRequest } from './adminApi';
import { ContentForm, detailsOf } from './ContentForm';
import type { Content } from './adminApi';

/** The form for a new content, the catalog holding `categories`; what it submits is collected. */
function renderNewContentForm(categories: { id: number; name: string }[] = []): ContentRequest[] {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ count: categories.length, results: categories }), {
    headers: { 'Content-Type': 'application/json' },
  })));
  const sent: ContentRequest[] = [];
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ContentForm onSubmit={(request) => sent.push(request)} busy={false} error={null} />
    </QueryClientProvider>,
  );
  return sent;
}

describe('the content form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends no category when none is chosen, so that the server says one is required', async () => {
    const sent = renderNewContentForm([{ id: 3, name: 'Manga' }]);

    await userEvent.type(screen.getByRole('textbox', { name: /^title/i }), 'Dune');
    await userEvent.click(screen.getByRole('button', { name: /create/i }));

    expect(sent).toHaveLength(1);
    expect(sent[0].title).toBe('Dune');
    expect(sent[0].feature_category).toBeNull();
  });

  it('takes the reader to a rating it cannot read, as the server refusals do', async () => {
    const sent = renderNewContentForm();

    await userEvent.type(screen.getByRole('textbox', { name: /^rating/i }), '9,75/10');
    await userEvent.click(screen.getByRole('button', { name: /create/i }));

    expect(sent).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^rating/i })).toHaveFocus();
  });

  it('sends a rating out of range, for the server to say so beside the other fields, all at once', async () => {
    const sent = renderNewContentForm();

    await userEvent.type(screen.getByRole('textbox', { name: /^rating/i }), '11');
    await userEvent.click(screen.getByRole('button', { name: /create/i }));

    expect(sent).toHaveLength(1);
    expect(sent[0].rating).toBe(11);
  });

  it('sends an emptied rating as null: left out, a PUT would keep the one there was', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ count: 0, results: [] }), {
      headers: { 'Content-Type': 'application/json' },
    })));
    const sent: ContentRequest[] = [];
    const content = { id: 1, title: 'Dune', feature_category: 3, rating: 8.5, language: 'en', status: 'ongoing' } as unknown as Content;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ContentForm content={content} onSubmit={(request) => sent.push(request)} busy={false} error={null} />
      </QueryClientProvider>,
    );

    await userEvent.clear(screen.getByRole('textbox', { name: /^rating/i }));
    await userEvent.click(screen.getByRole('button', { name: /save/i }));

    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveProperty('rating', null);
  });

  it('starts afresh for new details, not for a new cover', () => {
    const content = { id: 1, title: 'Dune', description: 'Sand', cover: null, updated_at: '2026-12-04T05:00:00Z' } as unknown as Content;
    const covered = { ...content, cover: '/media/covers/ab.webp', updated_at: '2026-12-04T05:01:00Z' };
    const described = { ...content, description: 'Sand and spice' };

    expect(detailsOf(covered)).toBe(detailsOf(content));
    expect(detailsOf(described)).not.toBe(detailsOf(content));
  });

  it('offers the languages the catalog filters by, and keeps one from before until another is chosen', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ count: 1, results: [{ id: 3, name: 'Manga' }] }), {
      headers: { 'Content-Type': 'application/json' },
    })));
    const sent: ContentRequest[] = [];
    const older = { id: 1, title: 'Dune', feature_category: 3, language: 'Korean', status: 'ongoing', alt_titles: [], release_days: [] } as unknown as Content;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ContentForm content={older} onSubmit={(request) => sent.push(request)} busy={false} error={null} />
      </QueryClientProvider>,
    );
    const language = screen.getByRole('combobox', { name: /^language/i });

    expect(language).toHaveValue('Korean');
    expect(screen.getByRole('option', { name: '“Korean” (as saved)' })).toHaveValue('Korean');
    expect(screen.getByRole('option', { name: 'Japanese' })).toHaveValue('ja');
    await userEvent.click(screen.getByRole('button', { name: /save/i }));
    await userEvent.selectOptions(language, 'ko');
    await userEvent.click(screen.getByRole('button', { name: /save/i }));

    expect(sent.map((request) => request.language)).toEqual(['Korean', 'ko']);
  });
});
