import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { fetchSuggestions, PAGE_SIZE, SUGGESTION_STATUSES, SUGGESTIONS, type Suggestion, type SuggestionStatus } from './adminApi';
import { SuggestionReview } from './SuggestionReview';
import { Pending } from '../ui/LoadState';
import { formatInstant } from '../ui/formats';
import { intlLocale } from '../ui/intlLocale';
import { useTimeZone } from '../preferences/useTimeZone';

/** A suggestion already reviewed: what became of it. */
function ReviewedSuggestion({ suggestion }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation('admin');
  const timeZone = useTimeZone();
  const content = suggestion.content_detail;
  const reviewed = suggestion.reviewed_at ? formatInstant(suggestion.reviewed_at, intlLocale(i18n.language), 'day', timeZone) : null;
  // by whom, unless that moderator's account is gone
  const reviewer = suggestion.reviewed_by_username;
  return (
    <li className="card suggestion-review">
      <h2>{suggestion.title}</h2>
      <p className="small">
        <span className={`badge suggestion-status ${suggestion.status}`}>{t(`suggestions.status.${suggestion.status}`)}</span>{' '}
        <span className="muted">
          {t('suggestions.byName', { name: suggestion.suggested_by_username })}
          {reviewed && ` · ${reviewer ? t('suggestions.reviewedBy', { date: reviewed, name: reviewer }) : t('suggestions.reviewedOn', { date: reviewed })}`}
        </span>
      </p>
      {suggestion.reason && <p className="small">{t('suggestions.reasonShown', { reason: suggestion.reason })}</p>}
      {content && suggestion.status !== 'rejected' && (
        <p className="small">
          <Link to={`/contents/${content.id}`}>{content.title}</Link>
        </p>
      )}
    </li>
  );
}

/** Readers' suggestions: the pending ones to review first, the others for the record. */
export function SuggestionsPage() {
  const { t } = useTranslation(['admin', 'common']);
  const [status, setStatus] = useState<SuggestionStatus | null>('pending');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: [...SUGGESTIONS, status, page],
    queryFn: () => fetchSuggestions(status, page),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, list);
  const suggestions = list.data?.results ?? [];

  return (
    <section aria-labelledby="suggestions-title">
      <h1 id="suggestions-title" tabIndex={-1}>
        {t('admin:suggestions.title')}
      </h1>
      <div className="toolbar">
        <label className="compact">
          {t('admin:suggestions.show')}
          <select
            value={status ?? ''}
            onChange={(event) => {
              setStatus((event.currentTarget.value || null) as SuggestionStatus | null);
              setPage(1);
            }}
          >
            {SUGGESTION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`admin:suggestions.status.${value}`)}
              </option>
            ))}
            <option value="">{t('admin:suggestions.all')}</option>
          </select>
        </label>
      </div>
      <Pending query={list} />
      {list.isError && <p role="alert">{t('common:loadFailed')}</p>}
      {list.isSuccess && suggestions.length === 0 && (
        <p className="empty">{status === 'pending' ? t('admin:suggestions.nonePending') : t('admin:suggestions.none')}</p>
      )}
      <ul className="suggestion-reviews" aria-label={t('admin:suggestions.title')}>
        {suggestions.map((suggestion) =>
          suggestion.status === 'pending' ? (
            <SuggestionReview key={suggestion.id} suggestion={suggestion} />
          ) : (
            <ReviewedSuggestion key={suggestion.id} suggestion={suggestion} />
          ),
        )}
      </ul>
      <Pager
        page={page}
        count={list.data?.count ?? 0}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        heading="suggestions-title"
        label={t('admin:suggestions.pages')}
      />
    </section>
  );
}
