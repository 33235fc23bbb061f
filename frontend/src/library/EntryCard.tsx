import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../api/client';
import { Cover } from '../ui/Cover';
import type { Tap } from './advanceQueue';

interface EntryCardProps {
  entry: Entry;
  onAdvance(entry: Entry): void;
  /** A next-chapter tap not sent yet (offline, or on its way): its chapter shows, and no second tap is taken. */
  waiting?: Tap;
  /** Shows only the entries with this tag; without it, tags are plain labels. */
  onTag?(tag: string): void;
}

/** One series of the list: where the reader is, what is left, and the button that reads the next chapter. */
export function EntryCard({ entry, onAdvance, waiting, onTag }: EntryCardProps) {
  const { t } = useTranslation('library');
  const content = entry.content_detail;
  const unread = entry.unread_count ?? 0;
  const next = entry.next_chapter?.chapter_number;
  const shown = waiting ? (waiting.to ?? entry.last_chapter) : entry.last_chapter;
  return (
    <li className="entry-card">
      <Link to={`/contents/${entry.content}`} className="entry-cover" tabIndex={-1} aria-hidden="true">
        <Cover src={content?.cover} title={content?.title} />
      </Link>
      <div className="entry-body">
        <h3 className="entry-title">
          <Link to={`/contents/${entry.content}`}>{content?.title}</Link>
          {entry.favorite && (
            <span className="favorite" role="img" aria-label={t('favorite')}>
              ★
            </span>
          )}
        </h3>
        <p className="entry-meta">
          <span>{shown ? t('lastChapter', { chapter: shown }) : t('notStarted')}</span>
          {waiting && <span className="badge waiting">{t('waiting')}</span>}
          {unread > 0 && <span className="badge unread">{t('unread', { count: unread })}</span>}
          {entry.score != null && <span className="score">{t('score', { score: entry.score })}</span>}
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
      <div className="entry-actions">
        <button
          type="button"
          className="advance"
          onClick={() => onAdvance(entry)}
          disabled={waiting !== undefined}
          aria-label={t('advanceLabel', { title: content?.title, chapter: next ?? t('nextNumber') })}
        >
          {next ? t('advanceTo', { chapter: next }) : t('advance')}
        </button>
        {entry.reading_url && (
          <a className="read-link" href={entry.reading_url} target="_blank" rel="noopener noreferrer">
            {t('readThere')}
          </a>
        )}
      </div>
    </li>
  );
}
