import {
  InfiniteQueryObserver,
  MutationObserver,
  onlineManager,
  QueryClient,
  QueryClientProvider,
  QueryObserver,
  type InfiniteData,
} from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toast } from 'sonner';
import type { Entry } from '../api/client';
import { aChapter, aContent, anEntry } from '../api/testData';
import { ADVANCE, registerAdvance, tapOf, type Tap } from './advanceQueue';
import { ENTRIES } from './entries';
import { useAdvance } from './useAdvance';

vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const entry = anEntry({
  id: 7,
  last_chapter: '12',
  next_chapter: aChapter({ id: 40, chapter_number: '13' }),
  content_detail: aContent({ id: 3, title: 'Frieren' }),
});

describe('the next-chapter tap', () => {
  let queries: QueryClient;
  let sent: string[];

  beforeEach(() => {
    queries = new QueryClient();
    // as the app's provider does: a mounted client sends paused taps when the connection returns
    queries.mount();
    registerAdvance(queries);
    sent = [];
  });

  afterEach(() => {
    queries.unmount();
    onlineManager.setOnline(true);
    vi.unstubAllGlobals();
    vi.clearAllMocks();
  });

  function answer(reply: (url: URL) => Response) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        sent.push(`${request.method} ${url.pathname}${url.search}`);
        return reply(url);
      }),
    );
  }

  function tap(tapped: Tap) {
    return new MutationObserver<Entry, Error, Tap>(queries, { mutationKey: ADVANCE }).mutate(tapped).catch(() => undefined);
  }

  it('is sent with the chapter the reader saw, so that the server can refuse it once the entry moved on', async () => {
    answer(() => json(200, { ...entry, last_chapter: '13' }));

    await tap(tapOf(entry));

    expect(sent).toEqual(['POST /api/progress/7/advance?from=12']);
    await vi.waitFor(() => expect(toast.success).toHaveBeenCalledWith('Frieren: chapter 13 read', expect.anything()));
  });

  it('says so when the tap finished the series or started a planned one, whose card then leaves its tab', async () => {
    answer(() => json(200, { ...entry, last_chapter: '13', status: 'completed' }));
    await tap(tapOf(entry));
    await vi.waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('Frieren: chapter 13 read, the series is finished', expect.anything()),
    );

    answer(() => json(200, { ...entry, last_chapter: '1', status: 'reading' }));
    await tap(tapOf({ ...entry, last_chapter: '', status: 'plan_to_read' }));
    await vi.waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('Frieren: chapter 1 read, moved to Reading', expect.anything()),
    );
  });

  it('waits offline, says so, and goes out when the connection returns', async () => {
    answer(() => json(200, { ...entry, last_chapter: '13' }));
    onlineManager.setOnline(false);

    const done = tap(tapOf(entry));
    await vi.waitFor(() => expect(queries.getMutationCache().getAll()[0]?.state.isPaused).toBe(true));

    expect(sent).toEqual([]);
    await vi.waitFor(() => expect(toast).toHaveBeenCalledWith(expect.stringContaining('Frieren'), undefined));
    onlineManager.setOnline(true);
    await done;
    expect(sent).toEqual(['POST /api/progress/7/advance?from=12']);
    await vi.waitFor(() => expect(toast.success).toHaveBeenCalled());
  });

  it('tells the reader when the entry changed elsewhere meanwhile, rather than skipping a chapter', async () => {
    answer(() => json(409, { title: 'Conflict', detail: 'changed', last_chapter: '15' }));

    await tap(tapOf(entry));

    await vi.waitFor(() => expect(toast.error).toHaveBeenCalledWith('Frieren changed on another device (now at chapter 15): your tap was not applied.', undefined));
  });

  it('says nothing when the entry is already at the chapter the tap leads to (the same tap, made elsewhere)', async () => {
    answer(() => json(409, { title: 'Conflict', detail: 'changed', last_chapter: '13' }));

    await tap(tapOf(entry));

    expect(sent[0]).toBe('POST /api/progress/7/advance?from=12');
    // toasts go out once sonner is loaded: let any that was asked for arrive
    await vi.dynamicImportSettled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(toast.error).not.toHaveBeenCalled();
  });

  it('counts every tap: taps made before the first is answered read one chapter more each, in turn', async () => {
    let at = 12;
    answer(() => json(200, { ...entry, last_chapter: String(++at) }));
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useAdvance(), { wrapper });

    // three taps in a row, before the card can show the first as waiting
    result.current.advance(entry);
    result.current.advance(entry);
    result.current.advance(entry);

    await vi.waitFor(() => expect(queries.isMutating({ mutationKey: ADVANCE })).toBe(0));
    // the first from the chapter the reader saw; the others one after it, each when the one before is answered
    expect(sent).toEqual([
      'POST /api/progress/7/advance?from=12',
      'POST /api/progress/7/advance',
      'POST /api/progress/7/advance',
    ]);
    // one toast, for the chapters the burst read
    await vi.waitFor(() => expect(toast.success).toHaveBeenCalledTimes(1));
    expect(vi.mocked(toast.success).mock.calls[0][0]).toBe('Frieren: 3 chapters read, up to chapter 15');
    expect(toast.error).not.toHaveBeenCalled();
  });

  it('undoes a whole burst from its toast: three quick taps by mistake are taken back in one', async () => {
    // the server's entry: a change a second, read back as it is
    let at = 12;
    answer((url) => {
      if (url.pathname.endsWith('/advance')) {
        at++;
      } else if (url.pathname.endsWith('/undo')) {
        at--;
      }
      return json(200, { ...entry, last_chapter: String(at), updated_at: `2026-12-05T10:00:${at}.000Z` });
    });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useAdvance(), { wrapper });
    result.current.advance(entry);
    result.current.advance(entry);
    result.current.advance(entry);
    await vi.waitFor(() => expect(toast.success).toHaveBeenCalledTimes(1));
    sent = [];

    (vi.mocked(toast.success).mock.calls[0][1] as { action: { onClick(): void } }).action.onClick();

    await vi.waitFor(() => expect(toast.success).toHaveBeenCalledWith('Frieren: back to chapter 12', undefined));
    expect(sent).toEqual(['GET /api/progress/7', 'POST /api/progress/7/undo', 'POST /api/progress/7/undo', 'POST /api/progress/7/undo']);
  });

  it('stops counting a tap as waiting once its entry is shown, not when the feed and statistics are read again', async () => {
    answer(() => json(200, { ...entry, last_chapter: '13' }));
    // the feed, on screen: read again after the tap, and slow to answer
    let reads = 0;
    const feed = new QueryObserver(queries, {
      queryKey: [...ENTRIES, 'feed'],
      queryFn: () => (reads++ === 0 ? Promise.resolve('before') : new Promise<string>(() => undefined)),
    });
    const unsubscribe = feed.subscribe(() => undefined);
    await vi.waitFor(() => expect(feed.getCurrentResult().data).toBe('before'));

    await tap(tapOf(entry));

    expect(reads).toBe(2);
    expect(queries.isMutating({ mutationKey: ADVANCE })).toBe(0);
    unsubscribe();
  });

  it('says the chapter a burst read when its last tap is refused, with its Undo', async () => {
    let answered = 0;
    answer(() =>
      answered++ === 0
        ? json(200, { ...entry, last_chapter: '13' })
        : json(409, { title: 'Conflict', detail: 'There is no chapter after "13" to advance to.' }),
    );
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useAdvance(), { wrapper });

    result.current.advance(entry);
    result.current.advance(entry);

    await vi.waitFor(() => expect(queries.isMutating({ mutationKey: ADVANCE })).toBe(0));
    expect(sent).toEqual(['POST /api/progress/7/advance?from=12', 'POST /api/progress/7/advance']);
    // the chapter read before the refusal, not lost with it; then the refusal, in its own toast
    await vi.waitFor(() => expect(toast.success).toHaveBeenCalledTimes(1));
    expect(vi.mocked(toast.success).mock.calls[0][0]).toBe('Frieren: chapter 13 read');
    expect(vi.mocked(toast.success).mock.calls[0][1]).toMatchObject({ action: { label: 'Undo' } });
    await vi.waitFor(() => expect(toast.error).toHaveBeenCalledWith('There is no next chapter to mark as read.', undefined));
  });

  it('undoes nothing from the toast once the entry changed since the tap: the latest change would be another one', async () => {
    const advanced = { ...entry, last_chapter: '13', updated_at: '2026-12-05T10:00:00.000Z' };
    let now = advanced;
    answer((url) => (url.pathname.endsWith('/advance') ? json(200, advanced) : json(200, now)));
    await tap(tapOf(entry));
    await vi.waitFor(() => expect(toast.success).toHaveBeenCalledTimes(1));
    const undoIt = () => (vi.mocked(toast.success).mock.calls[0][1] as { action: { onClick(): void } }).action.onClick();

    // undone from the history meanwhile: back at chapter 12, a newer change
    now = { ...entry, last_chapter: '12', updated_at: '2026-12-05T10:01:00.000Z' };
    sent = [];
    undoIt();

    await vi.waitFor(() => expect(toast).toHaveBeenCalledWith('Frieren changed since: nothing was undone', undefined));
    expect(sent).toEqual(['GET /api/progress/7']);

    // unchanged since the tap: undone
    now = advanced;
    sent = [];
    undoIt();
    await vi.waitFor(() => expect(sent).toEqual(['GET /api/progress/7', 'POST /api/progress/7/undo']));
  });

  it('drops the taps that followed one refused: they would read on from where it did not lead', async () => {
    answer(() => json(409, { title: 'Conflict', detail: 'changed', last_chapter: '20' }));
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useAdvance(), { wrapper });

    result.current.advance(entry);
    result.current.advance(entry);

    await vi.waitFor(() => expect(queries.isMutating({ mutationKey: ADVANCE })).toBe(0));
    expect(sent).toEqual(['POST /api/progress/7/advance?from=12']);
    await vi.waitFor(() => expect(toast.error).toHaveBeenCalledTimes(1));
  });

  it('drops a tap made while a refusal is being answered, which counted on the refused one', async () => {
    let refuse: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        sent.push(`${request.method} ${url.pathname}${url.search}`);
        if (url.pathname.endsWith('/advance')) {
          return json(409, { title: 'Conflict', detail: 'changed', last_chapter: '20' });
        }
        // the lists read again after the refusal: slow, and the reader taps meanwhile
        return new Promise<Response>((resolve) => (refuse = resolve));
      }),
    );
    const list = new QueryObserver(queries, { queryKey: [...ENTRIES, 'x'], queryFn: async () => (await fetch(new Request('http://localhost/api/progress'))).json() });
    const unsubscribe = list.subscribe(() => undefined);
    refuse(json(200, {}));
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useAdvance(), { wrapper });

    result.current.advance(entry);
    await vi.waitFor(() => expect(toast.error).toHaveBeenCalledTimes(1));
    result.current.advance(entry);
    refuse(json(200, {}));

    await vi.waitFor(() => expect(queries.isMutating({ mutationKey: ADVANCE })).toBe(0));
    expect(sent.filter((request) => request.includes('/advance'))).toEqual(['POST /api/progress/7/advance?from=12']);
    unsubscribe();
  });

  it('sends the taps that followed one already applied elsewhere: the entry is where it led', async () => {
    let answered = 0;
    answer(() => (answered++ === 0 ? json(409, { title: 'Conflict', detail: 'changed', last_chapter: '13' }) : json(200, { ...entry, last_chapter: '14' })));
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useAdvance(), { wrapper });

    result.current.advance(entry);
    result.current.advance(entry);

    await vi.waitFor(() => expect(toast.success).toHaveBeenCalledWith('Frieren: chapter 14 read', expect.anything()));
    expect(sent).toEqual(['POST /api/progress/7/advance?from=12', 'POST /api/progress/7/advance']);
    expect(toast.error).not.toHaveBeenCalled();
  });

  it('drops a follow-on tap whose first tap this device no longer has (sent before a reload), and lets the rest resume', async () => {
    answer(() => json(200, { ...entry, last_chapter: '13' }));
    onlineManager.setOnline(false);
    // as restored from storage: a tap without `from`, the one it followed gone with the page
    const orphan = tap({ id: 7, title: 'Frieren', status: 'reading' });
    const other = tap({ ...tapOf(entry), id: 8 });
    await vi.waitFor(() => expect(queries.getMutationCache().getAll().every((mutation) => mutation.state.isPaused)).toBe(true));

    onlineManager.setOnline(true);
    await queries.resumePausedMutations();
    await Promise.all([orphan, other]);

    expect(sent).toEqual(['POST /api/progress/8/advance?from=12']);
    expect(toast.error).not.toHaveBeenCalled();
  });

  it('says there is no next chapter when that is the conflict', async () => {
    answer(() => json(409, { title: 'Conflict', detail: 'There is no chapter after "x" to advance to.' }));

    await tap({ id: 7, from: 'x', title: 'Frieren' });

    await vi.waitFor(() => expect(toast.error).toHaveBeenCalledWith('There is no next chapter to mark as read.', undefined));
  });
  it('reads the statistics again when their first read went out before the tap and answers from before it', async () => {
    answer(() => json(200, { ...entry, last_chapter: '13' }));
    // the library's counts, on screen: their first read is slow and left before the tap
    let chaptersRead = 12;
    let answerFirstRead: (() => void) | undefined;
    let reads = 0;
    const stats = new QueryObserver(queries, {
      queryKey: [...ENTRIES, 'stats'],
      queryFn: async () => {
        const seen = chaptersRead;
        if (reads++ === 0) {
          await new Promise<void>((resolve) => (answerFirstRead = resolve));
        }
        return seen;
      },
    });
    const unsubscribe = stats.subscribe(() => undefined);
    await vi.waitFor(() => expect(answerFirstRead).toBeDefined());

    chaptersRead = 13;
    const tapped = tap(tapOf(entry));
    // the tap is answered, and the list refreshed, while that first read is still out
    await vi.waitFor(() => expect(toast.success).toHaveBeenCalled());
    await new Promise((settled) => setTimeout(settled));
    answerFirstRead!();
    await tapped;

    await vi.waitFor(() => expect(stats.getCurrentResult().data).toBe(13));
    unsubscribe();
  });

  it('changes the entry where the library shows it, so that a list by last change does not move under the thumb', async () => {
    answer(() => json(200, { ...entry, last_chapter: '13' }));
    const other = anEntry({ ...entry, id: 8, content: 4, content_detail: aContent({ id: 4, title: 'Berserk' }) });
    let libraryReads = 0;
    const library = new InfiniteQueryObserver<{ results: Entry[] }, Error, InfiniteData<{ results: Entry[] }>, readonly unknown[], number>(queries, {
      queryKey: [...ENTRIES, 'library', { ordering: '-updated_at' }],
      queryFn: async () => {
        libraryReads++;
        return { results: [other, entry] };
      },
      initialPageParam: 1,
      getNextPageParam: () => undefined,
    });
    const unsubscribe = library.subscribe(() => undefined);
    await vi.waitFor(() => expect(library.getCurrentResult().data).toBeDefined());

    await tap(tapOf(entry));

    await vi.waitFor(() => expect(library.getCurrentResult().data?.pages[0].results.map((shown) => shown.last_chapter)).toEqual(['12', '13']));
    expect(library.getCurrentResult().data?.pages[0].results.map((shown) => shown.id)).toEqual([8, 7]);
    expect(libraryReads).toBe(1);
    // read again, in the server's order, when the library is next shown
    expect(queries.getQueryState([...ENTRIES, 'library', { ordering: '-updated_at' }])?.isInvalidated).toBe(true);
    unsubscribe();
  });
});
