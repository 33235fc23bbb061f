import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TagsSection } from './TagsSection';

const notify = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn(), message: vi.fn(), loading: vi.fn(), dismiss: vi.fn() }));
vi.mock('../ui/toasts', () => ({ notify }));

const UPDATED_AT = '2026-12-06T10:00:00Z';
const LATER = '2026-12-06T10:05:00Z';

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/**
 * The server: the reader's tags as given, a rename or removal answered with these changed entries (a rename leaving
 * its tag on `resulting` series), each entry as the change left it but those `changedSince`.
 */
function stubServer(
  tags: { name: string; entries: number; spellings: string[] }[],
  { changed = [4, 9], changedSince = [], resulting }: { changed?: number[]; changedSince?: number[]; resulting?: number } = {},
) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const text = await request.text();
      const body = text ? JSON.parse(text) : null;
      sent.push({ method: request.method, path, body });
      const entry = /^\/api\/progress\/(\d+)/.exec(path);
      // an entry as the tag change left it, and as its undo leaves it (no later change between)
      const answer = path === '/api/progress/tags' ? { tags }
        : entry ? { id: Number(entry[1]), updated_at: changedSince.includes(Number(entry[1])) ? LATER : UPDATED_AT }
        : path.endsWith('/rename')
          ? { changed, updated_at: UPDATED_AT, tag: { name: body.to, entries: resulting ?? changed.length, spellings: [body.to] } }
          : { changed, updated_at: UPDATED_AT, tag: null };
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return sent;
}

function renderSection() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <TagsSection />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const MANHWA = { name: 'Manhwa', entries: 12, spellings: ['Manhwa', 'manhwa'] };
const ISEKAI = { name: 'Isekai', entries: 1, spellings: ['Isekai'] };

beforeEach(() => vi.clearAllMocks());
afterEach(() => vi.unstubAllGlobals());

describe('the reader’s tags', () => {
  it('lists each tag with its series and a link to them, and says when it is written several ways', async () => {
    stubServer([MANHWA, ISEKAI]);
    renderSection();

    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Manhwa 12 series.*Written several ways: Manhwa, manhwa\./),
      expect.stringMatching(/^Isekai 1 series/),
    ]);
    expect(screen.getByRole('link', { name: 'Show the series tagged Manhwa' })).toHaveAttribute('href', '/library?tag=Manhwa');
  });

  it('says there are none yet, and how to give some', async () => {
    stubServer([]);
    renderSection();

    expect(await screen.findByText(/^No tags yet\./)).toBeInTheDocument();
  });

  it('renames a tag, says on how many series, and takes it back with Undo', async () => {
    const sent = stubServer([MANHWA, ISEKAI]);
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Rename Isekai' }));
    const field = screen.getByLabelText('New name for “Isekai”');
    expect(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, ' Fantasy {Enter}');

    await waitFor(() => expect(notify.success).toHaveBeenCalled());
    expect(sent).toContainEqual({ method: 'POST', path: '/api/progress/tags/rename', body: { from: 'Isekai', to: 'Fantasy' } });
    const [said, options] = notify.success.mock.calls[0];
    expect(said).toBe('“Isekai” is now “Fantasy”, on 2 series.');
    expect(screen.queryByLabelText('New name for “Isekai”')).not.toBeInTheDocument();

    options.action.onClick();
    // said at once, for what takes a request or two per series
    expect(notify.loading).toHaveBeenCalledWith('Taking back the change on 2 series…', { id: expect.any(String) });
    await waitFor(() => expect(notify.success).toHaveBeenCalledWith('Taken back on 2 series.', { id: notify.loading.mock.calls[0][1].id }));
    expect(sent.filter((request) => request.path.endsWith('/undo')).map((request) => request.path))
      .toEqual(['/api/progress/4/undo', '/api/progress/9/undo']);
  });

  it('takes back only the series not changed since, and says so', async () => {
    const sent = stubServer([ISEKAI], { changedSince: [9] });
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Isekai' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await waitFor(() => expect(notify.success).toHaveBeenCalled());
    notify.success.mock.calls[0][1].action.onClick();

    await waitFor(() => expect(notify.error).toHaveBeenCalledWith('Taken back on 1 of 2 series: the others changed since.', expect.anything()));
    expect(sent.filter((request) => request.path.endsWith('/undo')).map((request) => request.path)).toEqual(['/api/progress/4/undo']);
  });

  it('warns before a rename that merges two tags, and names it a merge', async () => {
    const sent = stubServer([MANHWA, ISEKAI], { resulting: 13 });
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Rename Isekai' }));
    const field = screen.getByLabelText('New name for “Isekai”');
    await userEvent.clear(field);
    await userEvent.type(field, 'manhwa');

    expect(field).toHaveAccessibleDescription('You have “Manhwa” already: the two become one, written “manhwa”.');
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(notify.success).toHaveBeenCalledWith('“Isekai” merged into “manhwa”: 13 series have it now.', expect.anything()));
    expect(sent).toContainEqual({ method: 'POST', path: '/api/progress/tags/rename', body: { from: 'Isekai', to: 'manhwa' } });
  });

  it('asks before taking a tag off every series', async () => {
    const sent = stubServer([MANHWA, ISEKAI], { changed: [1, 2, 3] });
    renderSection();

    const manhwa = (await screen.findAllByRole('listitem'))[0];
    await userEvent.click(within(manhwa).getByRole('button', { name: 'Remove Manhwa' }));
    expect(sent.some((request) => request.method === 'POST')).toBe(false);
    expect(within(manhwa).getByText('Take “Manhwa” off its 12 series?')).toBeInTheDocument();
    await userEvent.click(within(manhwa).getByRole('button', { name: 'Yes, remove it' }));

    await waitFor(() => expect(notify.success).toHaveBeenCalledWith('“Manhwa” taken off 3 series.', expect.anything()));
    expect(sent).toContainEqual({ method: 'POST', path: '/api/progress/tags/remove', body: { tag: 'Manhwa' } });
  });

  it('reads the list again when the tag is gone meanwhile, and says so', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const path = new URL(request.url).pathname;
        asked.push(`${request.method} ${path}`);
        if (request.method === 'GET') {
          return new Response(JSON.stringify({ tags: [ISEKAI] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
        }
        const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid input.', instance: path,
          errors: { tag: ['None of your entries has this tag.'] } };
        return new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
      }),
    );
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Isekai' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));

    await waitFor(() => expect(notify.error).toHaveBeenCalledWith('None of your entries has this tag.'));
    await waitFor(() => expect(asked.filter((request) => request === 'GET /api/progress/tags')).toHaveLength(2));
    expect(notify.success).not.toHaveBeenCalled();
  });

  it('counts a name in characters, as the server does: 30 emoji are a name, 51 letters are not', async () => {
    const sent = stubServer([ISEKAI]);
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Isekai' }));
    const field = screen.getByLabelText('New name for “Isekai”');

    await userEvent.clear(field);
    await userEvent.type(field, `${'x'.repeat(51)}{Enter}`);
    expect(field).toHaveAccessibleDescription('A tag has 50 characters at most; this one has 51: shorten it.');
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);

    await userEvent.clear(field);
    await userEvent.type(field, `${'🔥'.repeat(30)}{Enter}`);
    await waitFor(() => expect(sent).toContainEqual({ method: 'POST', path: '/api/progress/tags/rename', body: { from: 'Isekai', to: '🔥'.repeat(30) } }));
  });

  it('leaves the tag as it was on Escape', async () => {
    const sent = stubServer([ISEKAI]);
    renderSection();

    await userEvent.click(await screen.findByRole('button', { name: 'Rename Isekai' }));
    await userEvent.type(screen.getByLabelText('New name for “Isekai”'), 'x{Escape}');

    expect(screen.queryByLabelText('New name for “Isekai”')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Isekai' })).toHaveFocus());
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
  });
});
