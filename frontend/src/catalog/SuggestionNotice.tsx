import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Content } from '../api/client';
import { useUser } from '../session/session';
import { SuggestionStatusBadge } from './SuggestionStatusBadge';

/**
 * On a series that is not public: to its proposer, that it awaits review (or was rejected, and why) and that they
 * alone see it; to a moderator, that it is a reader's suggestion to review.
 */
export function SuggestionNotice({ content }: { content: Content }) {
  const { t } = useTranslation('catalog');
  const user = useUser();
  const suggestion = content.suggestion;
  if (!suggestion?.status) {
    return null;
  }
  const mine = suggestion.suggested_by === user.id;
  return (
    <section className={`suggestion-notice ${suggestion.status}`} aria-label={t('suggestionNotice.label')}>
      <p>
        <SuggestionStatusBadge status={suggestion.status} />{' '}
        {mine
          ? t(suggestion.status === 'rejected' ? 'suggestionNotice.rejected' : 'suggestionNotice.pending')
          : t('suggestionNotice.toReview')}
      </p>
      {suggestion.status === 'rejected' && suggestion.reason && (
        <p className="reason">{t('suggestionNotice.reason', { reason: suggestion.reason })}</p>
      )}
      {!mine && (
        <p>
          <Link to="/admin/suggestions">{t('suggestionNotice.review')}</Link>
        </p>
      )}
    </section>
  );
}

/** A series the caller may track: the public catalog and their own suggestions, not those they review. */
export function tracksAllowed(content: Content, userId: number | undefined): boolean {
  return !content.suggestion || content.suggestion.suggested_by === userId;
}
