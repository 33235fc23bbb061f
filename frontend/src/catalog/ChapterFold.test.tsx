import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aChapter, anEntry } from '../api/testData';
import { ChapterList } from './ChapterList';

const chapters = Array.from({ length: 20 }, (_, index) => aChapter({ id: 100 + index, chapter_number: String(index + 1) }));

const entryAt = (lastRead: number | null) =>
  lastRead === null
    ? null
    : anEntry({ id: 4, content: 9, last_chapter: String(lastRead), unread_count: 20 - lastRead, next_chapter: chapters[lastRead] ?? null });

function showChapters(lastRead: number) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      new Response(JSON.stringify({ count: chapters.length, next: null, previous: null, results: chapters }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const list = (at: number | null) => (
    <QueryClientProvider client={client}>
      <ChapterList contentId={9} entry={entryAt(at)} chapterCount={20} />
    </QueryClientProvider>
  );
  const { rerender } = render(list(lastRead));
  return { readTo: (at: number | null) => rerender(list(at)) };
}

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem').map((row) => row.querySelector('.chapter-number')?.textContent);

describe('the chapters read before the next one', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fold away but the last one, and unfold on a tap that keeps the focus', async () => {
    showChapters(12);
    const show = await screen.findByRole('button', { name: 'Show chapters 1 to 11, already read' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(rows()).toEqual(['Chapter 12', 'Chapter 13', ...chapters.slice(13).map((chapter) => `Chapter ${chapter.chapter_number}`)]);

    const user = userEvent.setup();
    await user.click(show);
    const hide = screen.getByRole('button', { name: 'Hide chapters 1 to 11' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(hide).toHaveFocus();
    expect(rows()).toHaveLength(20);

    await user.click(hide);
    expect(rows()).toHaveLength(9);
  });

  it('stay when they are few', async () => {
    showChapters(3);
    await screen.findByText('Chapter 20');
    expect(rows()).toHaveLength(20);
    expect(screen.queryByRole('button', { name: /already read/ })).toBeNull();
  });

  it('stay as they were when the page showed while chapters are marked, so that no row moves under the thumb', async () => {
    const page = showChapters(12);
    await screen.findByRole('button', { name: 'Show chapters 1 to 11, already read' });

    page.readTo(15);

    expect(rows()).toHaveLength(9);
    expect(rows()[0]).toBe('Chapter 12');
    expect(screen.getByRole('button', { name: 'Show chapters 1 to 11, already read' })).toBeInTheDocument();

    // an undo back above the fold unfolds down to the next chapter: it is never hidden in the fold
    page.readTo(6);
    expect(rows()[0]).toBe('Chapter 6');
    expect(screen.getByRole('button', { name: 'Show chapters 1 to 5, already read' })).toBeInTheDocument();

    // the series removed from the list on its page: nothing is read, nothing folds
    page.readTo(null);
    expect(rows()).toHaveLength(20);
  });

  it('do not start folding when chapters are marked on a page that showed none folded', async () => {
    const page = showChapters(2);
    await screen.findByText('Chapter 20');

    page.readTo(9);

    expect(rows()).toHaveLength(20);
  });
});
