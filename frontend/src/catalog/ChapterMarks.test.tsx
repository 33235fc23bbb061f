import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toast } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../api/client';
import { aChapter, anEntry } from '../api/testData';
import { keys } from './catalogApi';
import { ChapterList } from './ChapterList';

vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn(), message: vi.fn() }) }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const chapters = [1, 2, 3, 4].map((number) => aChapter({ id: 100 + number, chapter_number: String(number) }));
const at = (chapter: number): Entry =>
  anEntry({ id: 4, content: 9, last_chapter: String(chapter), unread_count: 4 - chapter, next_chapter: chapters[chapter] ?? null });

let saved = at(1);

/** The content's page as the app draws it: the entry read from the cache the mark writes to. */
function Chapters() {
  const entry = useQuery({ queryKey: keys.entryFor(9), queryFn: async () => saved });
  return entry.data ? <ChapterList contentId={9} entry={entry.data} chapterCount={4} /> : null;
}

describe('a chapter’s mark', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('leaves the focus on the next chapter’s mark, so that Enter marks one more', async () => {
    const marks: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (request.method !== 'POST') {
          return json(200, { count: chapters.length, next: null, previous: null, results: chapters });
        }
        marks.push(new URL(request.url));
        return json(200, (saved = at(2)));
      }),
    );
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Chapters />
      </QueryClientProvider>,
    );

    const mark = await screen.findByRole('button', { name: 'Mark every chapter up to 2 as read' });
    mark.focus();
    await user.keyboard('{Enter}');
    // on its way, the mark keeps the focus: not `disabled`, which would drop it to the page
    expect(mark).not.toBeDisabled();

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mark every chapter up to 2 as read' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark every chapter up to 3 as read' })).toHaveFocus());
    // chapters read, not a chapter typed: the statistics count them, the first ones too
    expect(marks.map((url) => `${url.pathname}?${url.searchParams}`)).toEqual(['/api/progress/4/advance?to=2']);
    // one toast per entry: a later mark replaces it, so that no older Undo takes back a newer mark
    expect(toast.success).toHaveBeenCalledWith('Read up to chapter 2', expect.objectContaining({ id: 'marked:4' }));
  });

  it('says when marking chapters moved a planned series to Reading, as the library does', async () => {
    saved = { ...at(0), last_chapter: '', status: 'plan_to_read' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) =>
        request.method === 'POST'
          ? json(200, (saved = { ...at(3), status: 'reading' }))
          : json(200, { count: chapters.length, next: null, previous: null, results: chapters }),
      ),
    );
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Chapters />
      </QueryClientProvider>,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Mark every chapter up to 3 as read' }));

    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('Read up to chapter 3, moved to Reading', expect.anything()));
  });

  it('takes back its own mark only: not a change made to the entry since', async () => {
    saved = at(1);
    const posts: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const path = new URL(request.url).pathname;
        if (request.method === 'POST') {
          posts.push(path);
          return json(200, (saved = { ...at(2), updated_at: '2026-12-06T10:00:00Z' }));
        }
        // read again before the undo: saved since, from the editor or the header's button
        return path === '/api/progress/4'
          ? json(200, { ...saved, updated_at: '2026-12-06T10:05:00Z' })
          : json(200, { count: chapters.length, next: null, previous: null, results: chapters });
      }),
    );
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Chapters />
      </QueryClientProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Mark every chapter up to 2 as read' }));
    await waitFor(() => expect(toast.success).toHaveBeenCalled());

    (vi.mocked(toast.success).mock.lastCall![1] as { action: { onClick(): void } }).action.onClick();

    await waitFor(() => expect(toast.message).toHaveBeenCalledWith(expect.stringContaining('changed since: nothing was undone')));
    expect(posts).toEqual(['/api/progress/4/advance']);
  });
});
