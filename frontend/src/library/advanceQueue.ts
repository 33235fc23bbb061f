import { onlineManager, useMutationState, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { ApiError, type Entry } from '../api/client';
import { serverMessageLoaded } from '../api/serverMessages';
import { readAgain } from '../api/readAgain';
import i18n from '../i18n';
import { KEPT_OFFLINE } from '../offline/queryClient';
import { notify } from '../ui/toasts';
import { pressedInToast, refocusAfterToast, refocusInPlace } from '../ui/refocus';
import { advance, ENTRIES, entryForContent, fetchEntry, undo } from './entries';

export const ADVANCE = ['advance'] as const;

/**
 * One "next chapter" tap, as it is queued: plain data, so that a tap made offline survives a reload and is sent
 * when the connection returns. `from` is the chapter the reader saw: the server refuses the tap if the entry has
 * moved on elsewhere meanwhile, rather than skipping a chapter. A tap made while another of the same entry waits
 * has none: it reads one chapter more than the tap before it, which carries the check (see {@link nextTap}).
 */
export interface Tap {
  id: number;
  from?: string;
  /** The chapter the tap leads to, when the list knew it: shown while the tap waits. */
  to?: string;
  title: string;
  /** The entry's status when tapped: the toast says when the tap moved it to another list. */
  status?: Entry['status'];
}

export function tapOf(entry: Entry): Tap {
  return {
    id: entry.id!,
    from: entry.last_chapter ?? '',
    to: entry.next_chapter?.chapter_number,
    title: entry.content_detail?.title ?? '',
    status: entry.status,
  };
}

/**
 * A tap on a card whose taps before it have not been answered yet: one chapter after theirs, whatever it is (the
 * client cannot know the chapter after 1128 when the catalog has a 1128.5), sent once they are answered and only if
 * they led where the reader thought (see `registerAdvance`). The status is the one the first tap leaves: a planned
 * series it starts is "reading" for the taps after it.
 */
export function nextTap(entry: Entry, waiting: Tap[]): Tap {
  if (waiting.length === 0) {
    return tapOf(entry);
  }
  const status = waiting[0].status === 'plan_to_read' ? 'reading' : waiting[0].status;
  return { id: entry.id!, title: entry.content_detail?.title ?? '', status };
}

/** One entry's taps not answered yet, in the order they were made: read at once, before any screen shows them. */
export function waitingTapsOf(queries: QueryClient, id: number): Tap[] {
  return queries
    .getMutationCache()
    .findAll({ mutationKey: ADVANCE, status: 'pending', predicate: (mutation) => (mutation.state.variables as Tap | undefined)?.id === id })
    .sort((a, b) => a.mutationId - b.mutationId)
    .map((mutation) => mutation.state.variables as Tap);
}

/**
 * What a toast says of a tap: the chapter read, and the list the entry moved to when the server moved it (the last
 * chapter of a finished series completes it; a first chapter starts a planned one), since its card leaves the tab.
 */
function advancedMessage(entry: Entry, tap: Tap, taps: number): string {
  const said = { title: entry.content_detail?.title, chapter: entry.last_chapter, count: taps };
  if (entry.status !== tap.status && entry.status === 'completed') {
    return t('library:advancedCompleted', said);
  }
  if (entry.status !== tap.status && tap.status === 'plan_to_read' && entry.status === 'reading') {
    return t('library:advancedStarted', said);
  }
  return t(taps > 1 ? 'library:advancedMany' : 'library:advanced', said);
}

const t = i18n.t.bind(i18n);

const LIBRARY = [...ENTRIES, 'library'] as const;
type LibraryPages = InfiniteData<{ results?: Entry[] }>;

/** The tap's behaviour lives on the client, not in a screen: a tap restored after a reload has no screen. */
const ADVANCED_TOAST = 'chapter-advanced';

/**
 * A tap that followed one refused, or one the device lost (the first of a chain sent before a reload): it would read
 * on from where the reader is not. Dropped without a word, the refusal before it having said what happened.
 */
class DroppedTap extends Error {}

/** The scope of an entry's taps: one after another, each from where the one before it led; entries side by side. */
export const tapScope = (id: number) => ({ id: `advance:${id}` });

export function registerAdvance(queries: QueryClient) {
  const refresh = () => readAgain(queries, { queryKey: ENTRIES });
  const changed = (entry: Entry) => showInPlace(queries, entry);
  // by entry, whether its last tap answered led where the reader thought: a tap without `from` goes out only then
  const chainHolds = new Map<number, boolean>();
  // by entry, the taps of a burst answered without a word, the taps after them still out: said if none of them is
  const unsaid = new Map<number, { entry: Entry; tap: Tap; taps: number }>();
  // a burst is said once, and undone whole: three quick taps by mistake are taken back in one
  const sayAdvanced = (entry: Entry, tap: Tap, taps: number) =>
    notify.success(advancedMessage(entry, tap, taps), {
      id: ADVANCED_TOAST,
      duration: 8000,
      action: { label: t('library:undo'), onClick: () => void undoAdvance(entry, taps, changed, refresh) },
    });
  queries.setMutationDefaults(ADVANCE, {
    meta: KEPT_OFFLINE,
    networkMode: 'online',
    mutationFn: async (tap: Tap) => {
      if (tap.from === undefined && chainHolds.get(tap.id) !== true) {
        throw new DroppedTap();
      }
      return advance(tap.id, tap.from);
    },
    onMutate: (tap: Tap) => {
      if (!onlineManager.isOnline()) {
        notify.message(t('library:queued', { title: tap.title }));
      }
    },
    onSuccess: async (entry: Entry, tap: Tap) => {
      chainHolds.set(tap.id, true);
      // said once the card's last tap is answered: a toast per tap of a burst would trail chapters behind the card,
      // and its Undo would revert a chapter the taps after it already moved past. One at a time, in place of the
      // last (taps on cards in a row would pile toasts over the next buttons); long enough to reach its Undo (and
      // it waits while hovered or focused)
      const taps = (unsaid.get(tap.id)?.taps ?? 0) + 1;
      if (waitingTapsOf(queries, tap.id).length <= 1) {
        unsaid.delete(tap.id);
        sayAdvanced(entry, tap, taps);
      } else {
        unsaid.set(tap.id, { entry, tap, taps });
      }
      await changed(entry);
      // not awaited: the next tap of the card waits for this one to settle, and a hidden tab draws no frame
      void refocusCard(entry.id!);
    },
    onError: async (error: Error, tap: Tap) => {
      // at once, for a tap made while this one is answered: it counted on this one
      const there = alreadyThere(error, tap);
      chainHolds.set(tap.id, there);
      // the last tap of a burst refused, or dropped after a refusal: the chapters read before it are said, with their
      // Undo, as the burst would have said them (the refusal, if any, in its own toast after)
      const before = unsaid.get(tap.id);
      if (before && waitingTapsOf(queries, tap.id).length <= 1) {
        unsaid.delete(tap.id);
        sayAdvanced(before.entry, before.tap, before.taps);
      }
      if (error instanceof DroppedTap) {
        return;
      }
      if (!there) {
        notify.error(await failure(error, tap));
      }
      await refresh(); // the entry moved on elsewhere, or is gone: the lists as they are now
      void refocusCard(tap.id);
    },
  });
}

/**
 * The entry as the server now has it, where the library already shows it: in place, so that nothing moves under
 * the reader's thumb (ordered by last change, the entry would jump to the top, and a second tap at the same spot
 * would mark another series). The library is read again, in its order, when next shown; everything else that
 * counts entries (tabs, feed, statistics) at once.
 */
async function showInPlace(queries: QueryClient, entry: Entry) {
  await queries.cancelQueries({ queryKey: LIBRARY });
  queries.setQueriesData<LibraryPages>({ queryKey: LIBRARY }, (shown) => shown && {
    ...shown,
    pages: shown.pages.map((page) => ({ ...page, results: page.results?.map((each) => (each.id === entry.id ? entry : each)) })),
  });
  // the series page, if open, at once too: until its entry was read again, its header offered the chapter just read,
  // and a second tap there was refused as already done, without a word
  queries.setQueriesData<Entry | null>({ queryKey: entryForContent(entry.content!), exact: true }, () => entry);
  // not awaited: the tap stays "waiting" until this returns, and the card, already showing the chapter it led to,
  // would count it twice (one unread less, and still "+1 waiting") for as long as the feed and statistics take
  void queries.invalidateQueries({ queryKey: LIBRARY, refetchType: 'none' });
  void readAgain(queries, { queryKey: ENTRIES, predicate: (query) => query.queryKey[1] !== LIBRARY[1] });
}

/**
 * The focus back on the card's next-chapter button once the card shows the entry as it now is, if it fell to the
 * page: the button was redrawn, or the toast's Undo that held it is gone. Pressing Enter again reads one more
 * chapter. A card without the button now (the last chapter of a finished series) keeps it on its title: a library
 * card's link, or the series page's heading.
 */
function refocusCard(id: number): Promise<void> {
  return refocusInPlace(...cardFocus(id));
}

/** Where the focus goes on a card: its next-chapter button, else its title. */
function cardFocus(id: number): (() => Element | null | undefined)[] {
  const card = () => document.querySelector(`[data-entry="${id}"]`);
  return [() => card()?.querySelector('button.advance'), () => card()?.querySelector('.entry-title a, h1[tabindex]')];
}

/** The entry moved on meanwhile to the very chapter the tap leads to (the same tap from another device): nothing to say. */
function alreadyThere(error: Error, tap: Tap): boolean {
  return error instanceof ApiError && error.status === 409 && tap.to !== undefined
    && (error.problem as Record<string, unknown>).last_chapter === tap.to;
}

async function failure(error: Error, tap: Tap): Promise<string> {
  if (error instanceof ApiError && error.status === 409) {
    const now = (error.problem as Record<string, unknown>).last_chapter;
    return typeof now === 'string'
      ? t('library:changedMeanwhile', { title: tap.title, chapter: now || '—' })
      : t('library:noNextChapter');
  }
  return error instanceof ApiError ? serverMessageLoaded(error.message) : t('common:networkError');
}

/**
 * The toast's Undo, for the entry as the taps it says left it: each of them taken back, the server reverting the
 * latest change at each call. If the entry changed since (an edit, an undo from its history, another device), the
 * latest change would be some other one, so nothing is undone and the reader is told.
 */
async function undoAdvance(advanced: Entry, taps: number, changed: (entry: Entry) => Promise<void>, refresh: () => Promise<void>) {
  const id = advanced.id!;
  const pressed = pressedInToast();
  try {
    const now = await fetchEntry(id);
    if (now.updated_at !== advanced.updated_at) {
      notify.message(t('library:undoStale', { title: now.content_detail?.title ?? '' }));
      await changed(now);
      return;
    }
    let entry = now;
    for (let undone = 0; undone < taps; undone++) {
      entry = await undo(id);
    }
    // named: the toast may outlive the card's place on screen, and other taps' toasts
    notify.success(t('library:undone', { title: entry.content_detail?.title ?? '', chapter: entry.last_chapter || '—' }));
    await changed(entry);
    // the toast's Undo took the focus away with it: back to the card it undid, not where the toast puts it back
    await refocusAfterToast(pressed, ...cardFocus(id));
  } catch (error) {
    notify.error(error instanceof ApiError ? await serverMessageLoaded(error.message) : t('common:networkError'));
    await refresh();
  }
}

/** How many taps are not sent yet (waiting for the connection, or on their way), by entry. */
export function useWaitingTaps(): Map<number, number> {
  const taps = useMutationState({
    filters: { mutationKey: ADVANCE, status: 'pending' },
    select: (mutation) => (mutation.state.variables as Tap).id,
  });
  const byEntry = new Map<number, number>();
  taps.forEach((id) => byEntry.set(id, (byEntry.get(id) ?? 0) + 1));
  return byEntry;
}
