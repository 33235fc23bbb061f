import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Lock } from 'lucide-react';
import type { Entry } from '../api/client';
import { Cover } from '../ui/Cover';
import { intlLocale } from '../ui/intlLocale';
import { numberFormat } from '../ui/formats';
import { finishedWithoutChapter, NextChapterActions } from './NextChapterActions';

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
  /** Says the entry's status unless it is Reading: in a list of several statuses (favourites, releasing today). */
  showStatus?: boolean;
}

/** The statuses whose new chapters the reader waits for: the feed's. */
const FOLLOWED = new Set(['reading', 'on_hold']);

/** One series of the list: where the reader is, what is left, and the button that reads the next chapter. */
export function EntryCard({ entry, onAdvance, waiting: pending = 0, onTag, headingLevel = 3, selection, showStatus = false }: EntryCardProps) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const { t, i18n } = useTranslation('library');
  const content = entry.content_detail;
  // the chapter the server has, and the taps still to go out beside it ("Chapter 31 · +3 waiting to sync"): what
  // is left to read counts them read already, as far as the reader is concerned
  const unread = Math.max(0, (entry.unread_count ?? 0) - pending);
  const shown = entry.last_chapter;
  const finishedUntracked = finishedWithoutChapter(entry);
  return (
    // the card is found again by its entry after a tap redraws it (library/advanceQueue puts the focus back)
    <li className={selection?.selected ? 'entry-card selected' : 'entry-card'} data-entry={entry.id}>
      <Link to={`/contents/${entry.content}`} className="entry-cover" tabIndex={-1} aria-hidden="true">
        <Cover src={content?.cover} title={content?.title} />
      </Link>
      <div className="entry-body">
        <Title className="entry-title">
          {/* out of the keyboard's way while picking, as it is out of the pointer's (see .entry-select) */}
          <Link to={`/contents/${entry.content}`} tabIndex={selection ? -1 : undefined}>
            {content?.title}
          </Link>
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
          {showStatus && entry.status && entry.status !== 'reading' && <span className="badge entry-status">{t(`common:status.${entry.status}`)}</span>}
          <span>{shown ? t('lastChapter', { chapter: shown }) : finishedUntracked ? t('finished') : t('notStarted')}</span>
          {unread > 0 && !finishedUntracked && (
            // loud for the series followed (as the feed follows them); a dropped or finished one's count is a fact
            <span className={FOLLOWED.has(entry.status ?? '') ? 'badge unread' : 'badge unread quiet'}>
              {t('unread', { count: unread })}
            </span>
          )}
          {unread === 0 && pending === 0 && shown && entry.latest_chapter && FOLLOWED.has(entry.status ?? '') && (
            // read up to the catalog's latest: what "+1 chapter" beside it means is a chapter the catalog lacks yet
            <span className="badge caught-up">{t('caughtUp')}</span>
          )}
          {entry.score != null && <span className="score">{t('score', { score: numberFormat(intlLocale(i18n.language)).format(entry.score) })}</span>}
        </p>
        {entry.tags && entry.tags.length > 0 && (
          <ul className="tags" aria-label={t('tags')}>
            {entry.tags.map((tag) => (
              <li key={tag}>
                {onTag ? (
                  <button type="button" className="tag" onClick={() => onTag(tag)} aria-label={t('filterByTag', { tag })} tabIndex={selection ? -1 : undefined}>
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
          <NextChapterActions entry={entry} onAdvance={onAdvance} pending={pending} />
        </div>
      )}
    </li>
  );
}
