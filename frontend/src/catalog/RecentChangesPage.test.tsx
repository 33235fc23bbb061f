import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecentChangesPage } from './RecentChangesPage';

vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function renderPage(results: unknown[]) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      asked.push(new URL(request.url).pathname + new URL(request.url).search);
      return json({ count: results.length, next: null, previous: null, results });
    }),
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <RecentChangesPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('the recent changes', () => {
  it('lists each change with the series it was made to, a link to its page where it can be undone', async () => {
    const asked = renderPage([
      { id: 9, at: '2026-12-06T10:00:00Z', action: 'advance', changes: { last_chapter: ['12', '13'] }, undone: false, entry: 4, content: { id: 31, title: 'Frieren', cover: null } },
      { id: 8, at: '2026-12-05T09:00:00Z', action: 'update', changes: { score: [null, 8] }, undone: true, entry: 5, content: { id: 32, title: 'Blue Period', cover: null } },
    ]);

    await screen.findByRole('link', { name: 'Frieren' });
    // the changes, each with its list of fields
    const changes = [...document.querySelectorAll<HTMLElement>('.timeline > li')];
    expect(changes).toHaveLength(2);
    expect(within(changes[0]).getByRole('link', { name: 'Frieren' })).toHaveAttribute('href', '/contents/31');
    expect(changes[0]).toHaveTextContent('Last chapter read: 12 → 13');
    expect(within(changes[1]).getByRole('link', { name: 'Blue Period' })).toHaveAttribute('href', '/contents/32');
    expect(within(changes[1]).getByText('undone')).toBeInTheDocument();
    expect(asked).toEqual(['/api/progress/history?page=1&page_size=25']);
  });

  it('says what will show there before anything has changed', async () => {
    renderPage([]);
    expect(await screen.findByText(/Nothing changed yet/)).toBeInTheDocument();
  });
});
