import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from 'lucide-react';
import type { Entry } from '../api/client';

const NUMBER = /^\d+(\.\d+)?$/;
const isOnline = () => onlineManager.isOnline();
const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);

/** The site a reading address leads to ("mangaplus.shueisha.co.jp"), or nothing for one that is not a web address. */
export function siteOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * Marked completed without a last chapter (the status changed, not the chapter): read to its end as far as the reader
 * is concerned, not "not started" with every chapter unread and chapter 1 to mark.
 */
export function finishedWithoutChapter(entry: Entry): boolean {
  return entry.status === 'completed' && !entry.last_chapter;
}

interface NextChapterActionsProps {
  entry: Entry;
  onAdvance(entry: Entry): void;
  /** How many next-chapter taps are not answered yet (offline, or on their way): shown beside the button. */
  pending: number;
}

/**
 * What a reader does next with a series: mark the next chapter read in one tap, and open it where they read it. The
 * library's cards and the series page show the same two, so that a tap does the same wherever it is made.
 */
export function NextChapterActions({ entry, onAdvance, pending }: NextChapterActionsProps) {
  const { t } = useTranslation('library');
  const content = entry.content_detail;
  const next = entry.next_chapter?.chapter_number;
  // the server moves a number on by one past the catalog's last chapter, for a catalog behind the series; not for a
  // series that has ended, or that the reader finished (a chapter 180 of 179), and after "Epilogue" nowhere at all
  const ended = entry.status === 'completed' || content?.status === 'completed';
  const canAdvance =
    !finishedWithoutChapter(entry) && (next !== undefined || pending > 0 || (!ended && NUMBER.test(entry.last_chapter ?? '')));
  // a finished entry may still move on (chapters published since), but that is not the obvious next step
  const quiet = !next || entry.status === 'completed';
  const site = entry.reading_url ? siteOf(entry.reading_url) : null;
  const online = useSyncExternalStore(subscribeOnline, isOnline);
  return (
    <>
      {canAdvance && (
        <button
          type="button"
          className={quiet ? 'advance quiet' : 'advance'}
          // taken while others wait: three taps read three chapters, each after the one before
          onClick={() => onAdvance(entry)}
          aria-label={
            next && pending === 0
              ? t('advanceLabel', { title: content?.title, chapter: next })
              : t('advanceNextLabel', { title: content?.title })
          }
        >
          {/* while a tap waits, the chapter after it is not known yet */}
          {next && pending === 0 ? t('advanceTo', { chapter: next }) : t('advance')}
        </button>
      )}
      {/* beside the button, not above it: a line that appears above would move the button from under the thumb */}
      {/* "sending" while a slow connection answers, "waiting to sync" only offline: it is not lost in either */}
      {pending > 0 && <span className="badge waiting">{t(online ? 'sending' : 'waiting', { count: pending })}</span>}
      {entry.reading_url && (
        // where it leads, not a bare "Open": the reader's own address, in a new tab
        <a
          className="read-link"
          href={entry.reading_url}
          target="_blank"
          rel="noopener noreferrer"
          title={site ?? undefined}
          // the series named too, as its button is: on a phone the link is an icon among a list of them
          aria-label={site ? t('readOnLabel', { site, title: content?.title }) : t('readThereLabel', { title: content?.title })}
        >
          <ExternalLink size={16} aria-hidden="true" />
          {/* one line, a long address cut short where its box ends (its whole name stays the link's) */}
          <span className="read-link-text">{site ? t('readOn', { site }) : t('readThere')}</span>
        </a>
      )}
    </>
  );
}
