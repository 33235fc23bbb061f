import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Check, ChevronDown, ChevronUp, Circle } from 'lucide-react';
import { ApiError, type Chapter, type Entry } from '../api/client';
import { serverMessageLoaded } from '../api/serverMessages';
import { readAgain } from '../api/readAgain';
import { ChangedSince, takeBack } from '../library/bulk';
import { advance, ENTRIES, markedToast } from '../library/entries';
import { CHAPTERS_PAGE_SIZE, fetchChapters, keys } from './catalogApi';
import { isChapterRead } from './chapters';
import { useLocale } from './format';
import { formatDay } from '../ui/formats';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { Pending } from '../ui/LoadState';
import { chapterTitle } from '../ui/chapterTitle';
import { pressedInToast, refocus, refocusAfterToast } from '../ui/refocus';

/**
 * The page that holds the next chapter to read: the chapters not read are the last `unread_count` of the list, so
 * the next one stands at `chapterCount - unread_count` (counted from 0); all read, the last page. The first page
 * for a reader who does not track the content. At chapter 1,050 of a long series, page 21, not 20 taps of Next.
 */
export function pageOfNextChapter(entry: Entry | null | undefined, chapterCount: number): number {
  if (!entry || chapterCount === 0) {
    return 1;
  }
  const unread = Math.min(entry.unread_count ?? 0, chapterCount);
  const index = unread > 0 ? chapterCount - unread : chapterCount - 1;
  return Math.floor(index / CHAPTERS_PAGE_SIZE) + 1;
}

/** Fewer read chapters than this before the next one stay on show: folding two rows away saves nothing. */
const FEWEST_FOLDED = 3;

/**
 * How many of a page's first chapters fold away: those read before the next chapter to read, all but the last one
 * (which says where the reader left off). At chapter 45, the page of 50 opens on 44 and 45, not 2,000 px above them.
 * None when the page does not hold the next chapter, or when few are read before it.
 */
export function foldedChapters(list: readonly Pick<Chapter, 'id'>[], nextId: number | undefined): number {
  const next = nextId === undefined ? -1 : list.findIndex((chapter) => chapter.id === nextId);
  return next - 1 >= FEWEST_FOLDED ? next - 1 : 0;
}

/**
 * How many of the page's first chapters fold away, set when the page shows (`shown`: its number, once its chapters and
 * the entry are there): a chapter marked read then does not fold the rows above it, which would move every row
 * below up under the reader's thumb (a second quick tap marked a chapter further on than the one aimed at). The fold
 * holds chapters read only: an undo or an edit that takes the reader back above it unfolds down to the next chapter,
 * and a series no longer followed folds nothing.
 */
function useSteadyFold(list: readonly Pick<Chapter, 'id' | 'chapter_number'>[], entry: Entry | null | undefined, shown: number | undefined): number {
  const [set, setSet] = useState<{ page: number; folded: number }>();
  const now = entry ? foldedChapters(list, entry.next_chapter?.id) : 0;
  const arriving = shown !== undefined && set?.page !== shown;
  if (arriving) {
    // adjusted while drawing, as React allows for state that follows a prop: no frame shows the page unfolded
    setSet({ page: shown, folded: now });
  }
  // while another page loads, the one before stays on show with the fold it had
  const kept = arriving ? now : set?.folded;
  if (kept === undefined || kept === 0) {
    return kept ?? now;
  }
  if (!entry) {
    return 0;
  }
  const lastFolded = list[kept - 1];
  return lastFolded && isChapterRead(lastFolded.chapter_number ?? '', entry.last_chapter) ? kept : now;
}

/**
 * The content's chapters in reading order, a page at a time, opened at the next chapter to read; for a reader who
 * tracks it, those read are ticked and the next one is pointed out (the server's natural order, mirrored by
 * {@link isChapterRead}); the mark of a chapter not read yet records every chapter up to it as read, in one tap
 * that can be undone (a reader catching up on fifty chapters, or setting where they are).
 */
export function ChapterList({ contentId, entry, chapterCount }: { contentId: number; entry: Entry | null | undefined; chapterCount: number }) {
  const { t } = useTranslation('catalog');
  const locale = useLocale();
  // the page the reader chose; until then, the one of the next chapter, which follows the entry as it moves on
  const [chosen, setPage] = useState<number>();
  const page = chosen ?? pageOfNextChapter(entry, chapterCount);
  const chapters = useQuery({
    queryKey: keys.chapters(contentId, page),
    queryFn: () => fetchChapters(contentId, page),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, chapters);
  const count = chapters.data?.count ?? 0;
  const list = chapters.data?.results ?? [];
  const nextId = entry?.next_chapter?.id;
  const [showRead, setShowRead] = useState(false);
  const settled = chapters.isSuccess && !chapters.isPlaceholderData;
  const folded = useSteadyFold(list, entry, settled && entry !== undefined ? page : undefined);
  const shown = showRead ? list : list.slice(folded);
  // after a mark (or its undo), the focus goes to the next chapter's mark once its page is on screen: the mark that
  // held it is gone with its row now read, and Enter marks one more
  // with the toast's Undo that was pressed, if that is what undid the mark: the toast hands the focus elsewhere
  const [focusNext, setFocusNext] = useState<{ pressed: Element | null } | null>(null);
  const readUpTo = useReadUpTo(entry, (pressed) => setFocusNext({ pressed }));
  const listRef = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusNext && settled) {
      setFocusNext(null);
      const candidates = [
        () => listRef.current?.querySelector(`button[data-chapter="${nextId}"]`),
        () => listRef.current?.querySelector('button.chapter-mark'),
        () => heading.current,
      ];
      void (focusNext.pressed ? refocusAfterToast(focusNext.pressed, ...candidates) : refocus(...candidates));
    }
  }, [focusNext, settled, nextId]);

  return (
    <section className="card chapters" aria-labelledby="chapters-title">
      <h2 id="chapters-title" ref={heading} tabIndex={-1}>
        {t('chapters')}
      </h2>
      {entry && (
        <p className="muted">
          {entry.last_chapter ? t('readUpTo', { chapter: entry.last_chapter }) : t('notStarted')}
          {entry.next_chapter?.chapter_number ? ` · ${t('nextToRead', { chapter: entry.next_chapter.chapter_number })}` : ''}
        </p>
      )}
      <Pending query={chapters} />
      {chapters.isError && <p role="alert">{t('common:loadFailed')}</p>}
      {chapters.isSuccess && list.length === 0 && <p className="muted">{t('noChapters')}</p>}
      {/* the marks' column only for a reader who tracks the content: without marks it was an empty gutter */}
      {folded > 0 && (
        <button type="button" className="link chapters-fold" aria-expanded={showRead} aria-controls="chapter-list" onClick={() => setShowRead(!showRead)}>
          {showRead ? <ChevronUp size={16} aria-hidden="true" /> : <ChevronDown size={16} aria-hidden="true" />}
          {t(showRead ? 'hideReadChapters' : 'showReadChapters', {
            first: list[0].chapter_number ?? '',
            last: list[folded - 1].chapter_number ?? '',
          })}
        </button>
      )}
      <ol id="chapter-list" className={entry ? 'chapter-list with-marks' : 'chapter-list'} ref={listRef}>
        {shown.map((chapter) => {
          const read = entry ? isChapterRead(chapter.chapter_number ?? '', entry.last_chapter) : false;
          const next = chapter.id === nextId;
          const title = chapterTitle(chapter.title, chapter.chapter_number);
          return (
            <li key={chapter.id} className={read ? 'read' : next ? 'next' : undefined}>
              {entry && !read ? (
                <button
                  type="button"
                  className="chapter-mark"
                  data-chapter={chapter.id}
                  onClick={() => !readUpTo.isPending && readUpTo.mutate(chapter.chapter_number ?? '')}
                  // not `disabled` while a mark is sent: a disabled button loses the focus
                  aria-disabled={readUpTo.isPending}
                  aria-label={t('readUpToHere', { chapter: chapter.chapter_number })}
                  title={t('readUpToHere', { chapter: chapter.chapter_number })}
                >
                  <Circle size={16} aria-hidden="true" />
                </button>
              ) : entry ? (
                <span className="chapter-mark" aria-hidden="true">
                  {read && <Check size={16} />}
                </span>
              ) : null}
              {/* the badge goes under the chapter where a phone has no room beside it; "Chapter 106" stays whole */}
              <span className="chapter-main">
                <span className="chapter-name">
                  <span className="chapter-number">{t('chapterNumber', { chapter: chapter.chapter_number })}</span>
                  {title && ` — ${title}`}
                </span>
                {next && <span className="badge next-badge">{t('next')}</span>}
              </span>
              {read && <span className="visually-hidden">{t('read')}</span>}
              {chapter.release_date && (
                <time className="muted" dateTime={chapter.release_date}>
                  {formatDay(chapter.release_date, locale, 'medium')}
                </time>
              )}
            </li>
          );
        })}
      </ol>
      <Pager page={page} count={count} pageSize={CHAPTERS_PAGE_SIZE} label={t('chapterPages')} onPage={setPage} />
    </section>
  );
}

/** What marking chapters did, the status it moved the series to included, as the library's tap says it. */
function readUpToMessage(before: Entry['status'] | undefined, after: Entry['status']) {
  if (before !== after && after === 'completed') {
    return 'catalog:readUpToCompleted';
  }
  return before === 'plan_to_read' && after === 'reading' ? 'catalog:readUpToStarted' : 'catalog:readUpToDone';
}

/** Records every chapter up to one as read; the toast offers to undo it, as the library's next-chapter tap does. */
function useReadUpTo(entry: Entry | null | undefined, shown: (pressed: Element | null) => void) {
  const { t } = useTranslation(['catalog', 'library', 'common']);
  const queries = useQueryClient();
  const show = async (changed: Entry, pressed: Element | null = null) => {
    queries.setQueryData(keys.entryFor(changed.content!), changed);
    await readAgain(queries, { queryKey: ENTRIES });
    shown(pressed);
  };
  return useMutation({
    // marked read, not typed: the chapters count as read in the statistics, from the first one (an edit would take
    // a first chapter for where the reader started)
    mutationFn: (chapter: string) => advance(entry!.id!, undefined, chapter),
    onSuccess: async (changed) => {
      toast.success(t(readUpToMessage(entry?.status, changed.status), { chapter: changed.last_chapter }), {
        id: markedToast(changed.id!),
        action: {
          label: t('library:undo'),
          onClick: () => {
            const pressed = pressedInToast();
            // only this mark: taken back while it is still the entry's latest change (a tap or a save since is not)
            void takeBack(changed).then(
              (back) => show(back, pressed),
              (error: unknown) =>
                error instanceof ChangedSince
                  ? toast.message(t('library:undoStale', { title: changed.content_detail?.title ?? '' }))
                  : toast.error(t('common:networkError')),
            );
          },
        },
      });
      await show(changed);
    },
    onError: async (error) => {
      if (!(error instanceof ApiError)) {
        toast.error(t('common:networkError'));
        return;
      }
      // read further on another device meanwhile: why nothing moved, and the list as it now stands
      toast.error(await serverMessageLoaded(error.message));
      await readAgain(queries, { queryKey: ENTRIES });
    },
  });
}
