import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BookmarkPlus, Check, ChevronRight, Plus } from 'lucide-react';
import type { Content } from '../api/client';
import { Cover } from '../ui/Cover';
import { formatReleaseDays } from './format';
import { refocus } from '../ui/refocus';

interface ContentResultCardProps {
  content: Content;
  /** undefined while the caller's list is loading */
  tracked: boolean | undefined;
  adding: boolean;
  /** `planned`: to read later (status plan_to_read), with no start date. */
  onAdd(content: Content, planned: boolean): void;
}

/** One content of the catalog: what it is, how far it has come out, and whether the reader follows it. */
export function ContentResultCard({ content, tracked, adding, onAdd }: ContentResultCardProps) {
  const { t, i18n } = useTranslation(['catalog', 'common']);
  const days = formatReleaseDays(content.release_days, i18n.language);
  const link = `/contents/${content.id}`;
  // added from this card: its buttons gave way to "In my list", which takes the focus they had; taken back from the
  // toast, the other way round
  const inList = useRef<HTMLAnchorElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const wasTracked = useRef(tracked);
  useEffect(() => {
    if (tracked && wasTracked.current === false) {
      void refocus(() => inList.current);
    } else if (tracked === false && wasTracked.current) {
      void refocus(() => add.current);
    }
    wasTracked.current = tracked;
  }, [tracked]);
  return (
    <li className="catalog-card">
      <Link to={link} className="catalog-cover" tabIndex={-1} aria-hidden="true">
        <Cover src={content.cover} title={content.title} />
      </Link>
      <div className="catalog-body">
        <h2 className="catalog-title">
          <Link to={link}>{content.title}</Link>
        </h2>
        {content.alt_titles && content.alt_titles.length > 0 && (
          <p className="alt-titles muted">{t('catalog:alsoKnownAs', { titles: content.alt_titles.join(' · ') })}</p>
        )}
        <p className="catalog-meta">
          {content.feature_category_detail?.name && <span>{content.feature_category_detail.name}</span>}
          {content.status && <span className={`badge content-status ${content.status}`}>{t(`common:contentStatus.${content.status}`)}</span>}
          <span>{t('catalog:chapterCount', { count: content.chapter_count ?? 0 })}</span>
          {days && <span>{t('catalog:releaseDaysShort', { days })}</span>}
        </p>
      </div>
      <div className="catalog-actions">
        {tracked ? (
          <Link to={link} ref={inList} className="button tracked" aria-label={t('catalog:inMyListLabel', { title: content.title })}>
            <Check aria-hidden="true" size={18} />
            {t('catalog:inMyList')}
            {/* a way to the series page, not a state to toggle: said as the lists' rows say it */}
            <ChevronRight aria-hidden="true" size={18} className="tracked-go" />
          </Link>
        ) : (
          <>
            <button
              type="button"
              ref={add}
              className="primary"
              onClick={() => onAdd(content, false)}
              disabled={adding || tracked === undefined}
              aria-label={t('catalog:addLabel', { title: content.title })}
            >
              <Plus aria-hidden="true" size={18} />
              {t('catalog:add')}
            </button>
            <button
              type="button"
              onClick={() => onAdd(content, true)}
              disabled={adding || tracked === undefined}
              aria-label={t('catalog:addPlannedLabel', { title: content.title })}
            >
              <BookmarkPlus aria-hidden="true" size={18} />
              {t('catalog:addPlanned')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
