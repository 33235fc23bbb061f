import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ExternalLink, Lock } from 'lucide-react';
import type { Entry } from '../api/client';
import { Cover } from '../ui/Cover';
import { intlLocale } from '../ui/intlLocale';
import { numberFormat } from '../ui/formats';

interface EntryCardProps {
  entry: Entry;
  onAdvance(entry: Entry): void;
  /** How many next-chapter taps are not answered yet (offline, or on their way): shown beside the button. */
  waiting?: number;
  /** Shows only the entries with this tag; without it, tags are plain labels. */
  onTag?(tag: string): void;
  /** The level of the card's title: 2 right under the page's title (the library), 3 under a section's. */
  headingLevel?: 2 | 3;
  /** While the list picks entries to change together: a tick box in place of the card's actions. */
  selection?: { selected: boolean; onToggle(entry: Entry): void };
}

/** The statuses whose new chapters the reader waits for: the feed's. */
const FOLLOWED = new Set(['reading', 'on_hold']);
const NUMBER = /^\d+(\.\d+)?$/;

/** The site a reading address leads to ("mangaplus.shueisha.co.jp"), or nothing for one that is not a web address. */
export function siteOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** One series of the list: where the reader is, what is left, and the button that reads the next chapter. */
export function EntryCard({ entry, onAdvance, waiting: pending = 0, onTag, headingLevel = 3, selection }: EntryCardProps) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const { t, i18n } = useTranslation('library');
  const content = entry.content_detail;
  // the chapter the server has, and the taps still to go out beside it ("Chapter 31 · +3 waiting to sync"): what
  // is left to read counts them read already, as far as the reader is concerned
  const unread = Math.max(0, (entry.unread_count ?? 0) - pending);
  const next = entry.next_chapter?.chapter_number;
  const shown = entry.last_chapter;
  // the server moves a number on by one past the catalog's last chapter, for a catalog behind the series; not for a
  // series that has ended, or that the reader finished (a chapter 180 of 179), and after "Epilogue" nowhere at all
  const ended = entry.status === 'completed' || content?.status === 'completed';
  // marked completed without a last chapter (the status changed, not the chapter): read to its end as far as the
  // reader is concerned, not "not started" with every chapter unread and chapter 1 to mark
  const finishedUntracked = entry.status === 'completed' && !shown;
  const canAdvance =
    !finishedUntracked && (next !== undefined || pending > 0 || (!ended && NUMBER.test(entry.last_chapter ?? '')));
  // a finished entry may still move on (chapters published since), but that is not the card's obvious next step
  const quiet = !next || entry.status === 'completed';
  return (
    // the card is found again by its entry after a tap redraws it (library/advanceQueue puts the focus back)
    <li className={selection?.selected ? 'entry-card selected' : 'entry-card'} data-entry={entry.id}>
      <Link to={`/contents/${entry.content}`} className="entry-cover" tabIndex={-1} aria-hidden="true">
        <Cover src={content?.cover} title={content?.title} />
      </Link>
      <div className="entry-body">
        <Title className="entry-title">
          <Link to={`/contents/${entry.content}`}>{content?.title}</Link>
          {entry.favorite && (
            <span className="favorite" role="img" aria-label={t('favorite')}>
              ★
            </span>
          )}
          {entry.private && (
            <span className="private-mark" role="img" aria-label={t('private')} title={t('private')}>
              <Lock size={14} aria-hidden="true" />
            </span>
          )}
        </Title>
        <p className="entry-meta">
          <span>{shown ? t('lastChapter', { chapter: shown }) : finishedUntracked ? t('finished') : t('notStarted')}</span>
          {unread > 0 && !finishedUntracked && (
            // loud for the series followed (as the feed follows them); a dropped or finished one's count is a fact
            <span className={FOLLOWED.has(entry.status ?? '') ? 'badge unread' : 'badge unread quiet'}>
              {t('unread', { count: unread })}
            </span>
          )}
          {entry.score != null && <span className="score">{t('score', { score: numberFormat(intlLocale(i18n.language)).format(entry.score) })}</span>}
        </p>
        {entry.tags && entry.tags.length > 0 && (
          <ul className="tags" aria-label={t('tags')}>
            {entry.tags.map((tag) => (
              <li key={tag}>
                {onTag ? (
                  <button type="button" className="tag" onClick={() => onTag(tag)} aria-label={t('filterByTag', { tag })}>
                    {tag}
                  </button>
                ) : (
                  tag
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {selection ? (
        // in the thumb's place, where the next-chapter button was: no chapter is marked by a tap meant to tick
        <label className="entry-actions entry-select">
          <input type="checkbox" checked={selection.selected} onChange={() => selection.onToggle(entry)} />
          <span className="visually-hidden">{t('bulk.selectEntry', { title: content?.title })}</span>
        </label>
      ) : (
        <div className="entry-actions">
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
          {pending > 0 && <span className="badge waiting">{t('waiting', { count: pending })}</span>}
          {entry.reading_url && (
            // where it leads, not a bare "Open": the reader's own address, in a new tab
            <a className="read-link" href={entry.reading_url} target="_blank" rel="noopener noreferrer" title={siteOf(entry.reading_url) ?? undefined}>
              <ExternalLink size={16} aria-hidden="true" />
              {/* one line, a long address cut short where the card ends (its whole name stays the link's) */}
              <span className="read-link-text">
                {siteOf(entry.reading_url) ? t('readOn', { site: siteOf(entry.reading_url) }) : t('readThere')}
              </span>
            </a>
          )}
        </div>
      )}
    </li>
  );
}
