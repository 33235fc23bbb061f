import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toast } from 'sonner';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../api/client';
import { aChapter, aContent, anEntry } from '../api/testData';
import { registerAdvance } from './advanceQueue';
import { holdRemoval, type HeldRemoval } from './heldRemovals';
import { LibraryPage } from './LibraryPage';

vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));
// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const at = (chapter: number): Entry =>
  anEntry({
    id: 7,
    last_chapter: String(chapter),
    unread_count: 20 - chapter,
    next_chapter: aChapter({ id: 40 + chapter, chapter_number: String(chapter + 1) }),
    content_detail: aContent({ id: 3, title: 'Frieren' }),
  });

const SOME_ENTRIES = { entries: 3, by_status: { reading: 1, completed: 2, on_hold: 0 }, favorites: 0 };
let stats = SOME_ENTRIES;

/** A server with the given entries in the list, and the answers to taps and undos given in turn. */
function stubServer(list: Entry[], ...answers: (() => Promise<Response>)[]) {
  stubPages(list, list.length, ...answers);
}

/** The same with a first page of the list that holds only some of its `count` entries. */
function stubPages(list: Entry[], count: number, ...answers: (() => Promise<Response>)[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'GET' && path === '/api/progress') {
        const next = count > list.length ? '/api/progress/?page=2' : null;
        return json(200, { count, next, previous: null, results: list });
      }
      if (path === '/api/stats/me') {
        return json(200, stats);
      }
      if (path === '/api/progress/tags') {
        return json(200, { tags: [] });
      }
      return answers.shift()!();
    }),
  );
}

function renderLibrary(status = 'reading', search = '') {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  registerAdvance(queries);
  render(
    <QueryClientProvider client={queries}>
      <MemoryRouter initialEntries={[`/library?status=${status}${search && `&search=${search}`}`]}>
        <LibraryPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return queries;
}

describe('the library', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    stats = SOME_ENTRIES;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the focus on the card’s button through a tap, so that Enter reads one more chapter, even before the first is answered', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubServer(
      [at(12)],
      () => new Promise((resolve) => (answer = resolve)),
      async () => json(200, at(14)),
    );
    const user = userEvent.setup();
    renderLibrary();

    const button = await screen.findByRole('button', { name: 'Mark ch. 13 read, Frieren' });
    button.focus();
    await user.keyboard('{Enter}');

    // on its way: shown as such beside the chapter the server has, counted read, and the button still there for
    // another; "sending", the connection being there (offline, it waits to sync)
    expect(await screen.findByText('+1 sending…')).toBeInTheDocument();
    expect(screen.getByText('Chapter 12')).toBeInTheDocument();
    expect(screen.getByText('7 unread')).toBeInTheDocument();
    const waiting = screen.getByRole('button', { name: '+1 chapter, Frieren' });
    expect(waiting).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('+2 sending…')).toBeInTheDocument();
    expect(screen.getByText('6 unread')).toBeInTheDocument();

    answer(json(200, at(13)));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark ch. 15 read, Frieren' })).toHaveFocus());
    expect(screen.queryByText(/sending/)).toBeNull();
  });

  it('puts the focus back on the card once the toast’s Undo that held it is gone', async () => {
    // the tap, then the undo: the entry read again (unchanged since the tap), then reverted
    stubServer([at(12)], async () => json(200, at(13)), async () => json(200, at(13)), async () => json(200, at(12)));
    const user = userEvent.setup();
    renderLibrary();

    await user.click(await screen.findByRole('button', { name: 'Mark ch. 13 read, Frieren' }));
    await waitFor(() => expect(toast.success).toHaveBeenCalled());
    await screen.findByRole('button', { name: 'Mark ch. 14 read, Frieren' });
    // the tap's own refocus done first: it would otherwise put the focus back, whatever the Undo does
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    const undo = vi.mocked(toast.success).mock.calls[0][1]!.action as { onClick(): void };
    // the toast, with its focused Undo, goes away: the focus falls to the page
    (document.activeElement as HTMLElement).blur();
    undo.onClick();

    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('Frieren: back to chapter 12', undefined));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark ch. 13 read, Frieren' })).toHaveFocus());
  });

  it('says what an empty status holds, and how to put a series there, to a reader with entries elsewhere', async () => {
    stubServer([]);
    renderLibrary('on_hold');

    expect(await screen.findByText('Nothing on hold.')).toBeInTheDocument();
    expect(screen.getByText('To pause a series, open it and set its status to On hold under My entry.')).toBeInTheDocument();
    expect(screen.queryByText(/Nothing here yet/)).toBeNull();
    // nothing to select in an empty list
    expect(screen.queryByRole('button', { name: 'Select' })).toBeNull();
  });

  it('welcomes a reader with no entry at all to the catalog', async () => {
    stats = { entries: 0, by_status: { reading: 0, completed: 0, on_hold: 0 }, favorites: 0 };
    stubServer([]);
    renderLibrary('on_hold');

    expect(await screen.findByText('Nothing here yet. Find a series in the catalog and add it to your list.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the catalog' })).toBeInTheDocument();
  });

  describe('while a removal waits for its Undo', () => {
    // taken back after each test, passed or failed: the removals are the page's for its lifetime, not a test's
    let removal: HeldRemoval | undefined;
    afterEach(() => {
      act(() => {
        removal?.undo();
      });
      removal = undefined;
    });
    const frieren = anEntry({ id: 7, content_detail: aContent({ id: 3, title: 'Frieren' }) });
    const dungeon = anEntry({ id: 8, content_detail: aContent({ id: 4, title: 'Delicious in Dungeon' }) });

    it('welcomes to the catalog a reader whose only series it held', async () => {
      stats = { entries: 1, by_status: { reading: 1, completed: 0, on_hold: 0 }, favorites: 0 };
      stubServer([frieren]);
      const queries = renderLibrary();
      await screen.findByText('Frieren');

      act(() => {
        removal = holdRemoval([frieren], queries);
      });
      expect(await screen.findByText('Nothing here yet. Find a series in the catalog and add it to your list.')).toBeInTheDocument();
      expect(screen.queryByText('Frieren')).toBeNull();
      // undone: back in the list
      act(() => {
        removal!.undo();
      });
      expect(await screen.findByText('Frieren')).toBeInTheDocument();
    });

    it('counts the matches of a search without the series it held', async () => {
      stubServer([frieren, dungeon]);
      const queries = renderLibrary('reading', 'e');
      expect(await screen.findByText('2 entries match')).toBeInTheDocument();

      act(() => {
        removal = holdRemoval([frieren], queries);
      });
      expect(await screen.findByText('1 entry matches')).toBeInTheDocument();
    });

    it('says nothing of an empty list when a page more may hold series', async () => {
      stubPages([frieren], 21);
      const queries = renderLibrary();
      await screen.findByText('Frieren');

      act(() => {
        removal = holdRemoval([frieren], queries);
      });
      await waitFor(() => expect(screen.queryByText('Frieren')).toBeNull());
      expect(screen.getByRole('button', { name: /Show 20 more/ })).toBeInTheDocument();
      expect(screen.queryByText('Nothing you are reading right now.')).toBeNull();
    });
  });
});
