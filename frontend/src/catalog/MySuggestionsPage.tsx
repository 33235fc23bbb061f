import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoment } from './history';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { SuggestionStatusBadge } from './SuggestionStatusBadge';
import {
  fetchSuggestions,
  SUGGESTION_STATUSES,
  SUGGESTIONS_PAGE_SIZE,
  suggestionKeys,
  type Suggestion,
  type SuggestionStatus,
} from './suggestionsApi';
import './catalog.css';
import { Pending } from '../ui/LoadState';
import { intlLocale } from '../ui/intlLocale';
import { useTimeZone } from '../preferences/useTimeZone';

function SuggestionCard({ suggestion }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation('catalog');
  const timeZone = useTimeZone();
  const content = suggestion.content_detail;
  const merged = suggestion.status === 'merged';
  return (
    <li className="card suggestion-card">
      <h2 className="suggestion-title">
        {content && !merged ? <Link to={`/contents/${content.id}`}>{suggestion.title}</Link> : suggestion.title}
      </h2>
      <p className="suggestion-meta">
        {suggestion.status && <SuggestionStatusBadge status={suggestion.status} />}
        <span className="muted">{t('mySuggestions.suggestedOn', { date: formatMoment(suggestion.created_at, intlLocale(i18n.language), timeZone) })}</span>
      </p>
      {suggestion.status === 'rejected' && suggestion.reason && (
        <p className="reason">{t('suggestionNotice.reason', { reason: suggestion.reason })}</p>
      )}
      {merged && content && (
        <p>
          {t('mySuggestions.mergedInto')} <Link to={`/contents/${content.id}`}>{content.title}</Link>
        </p>
      )}
    </li>
  );
}

/** The series the reader suggested, newest first, with where each stands. */
export function MySuggestionsPage() {
  const { t } = useTranslation(['catalog', 'common']);
  const [status, setStatus] = useState<SuggestionStatus | null>(null);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: suggestionKeys.list(status, page),
    queryFn: () => fetchSuggestions(status, page),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, list);
  const suggestions = list.data?.results ?? [];

  return (
    <section className="page my-suggestions">
      <Link to="/catalog" className="back-link">
        {t('catalog:backToCatalog')}
      </Link>
      <div className="page-head">
        <h1>{t('catalog:mySuggestions.title')}</h1>
        <Link to="/catalog/suggest" className="button primary">
          {t('catalog:suggest.action')}
        </Link>
      </div>
      <div className="toolbar">
        <label className="compact">
          {t('catalog:mySuggestions.status')}
          <select
            value={status ?? ''}
            onChange={(event) => {
              setStatus((event.currentTarget.value || null) as SuggestionStatus | null);
              setPage(1);
            }}
          >
            <option value="">{t('catalog:mySuggestions.all')}</option>
            {SUGGESTION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`catalog:suggestionStatus.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Pending query={list} />
      {list.isError && <p role="alert">{t('common:loadFailed')}</p>}
      {list.isSuccess && suggestions.length === 0 && <p className="empty">{t('catalog:mySuggestions.none')}</p>}
      <ul className="suggestion-list" aria-label={t('catalog:mySuggestions.title')}>
        {suggestions.map((suggestion) => (
          <SuggestionCard key={suggestion.id} suggestion={suggestion} />
        ))}
      </ul>
      <Pager
        page={page}
        count={list.data?.count ?? 0}
        pageSize={SUGGESTIONS_PAGE_SIZE}
        onPage={setPage}
        label={t('catalog:mySuggestions.pages')}
      />
    </section>
  );
}
