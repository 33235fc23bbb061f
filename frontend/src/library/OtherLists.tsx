import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { READING_STATUSES } from '../api/client';
import { ENTRIES, fetchMatches, type LibraryQuery } from './entries';
import { useRemovals } from './heldRemovals';

/**
 * While the reader searches or filters by tag, where else their list has matches: the series looked for may be
 * under another status than the one open ("Also in: Completed (1)"), each a link to that list, search kept.
 */
export function OtherLists({ query }: { query: LibraryQuery }) {
  const { t } = useTranslation(['library', 'common']);
  const filtering = query.search !== '' || query.tag !== '';
  const matches = useQuery({
    queryKey: [...ENTRIES, 'matches', query.search, query.tag, query.unreadOnly],
    queryFn: () => fetchMatches(query),
    enabled: filtering,
  });
  const { hidden } = useRemovals();
  if (!filtering || !matches.data) {
    return null;
  }
  const counts = new Map<string, number>();
  for (const entry of matches.data.results ?? []) {
    // removed from the favorites with an Undo: gone from its own status's list too
    if (entry.status !== query.status && !hidden.has(entry.id!)) {
      counts.set(entry.status!, (counts.get(entry.status!) ?? 0) + 1);
    }
  }
  const elsewhere = READING_STATUSES.filter((status) => counts.has(status));
  if (elsewhere.length === 0) {
    return null;
  }
  const link = (status: string) => {
    const params = new URLSearchParams({ status });
    if (query.search) params.set('search', query.search);
    if (query.tag) params.set('tag', query.tag);
    if (query.unreadOnly) params.set('unread', '1');
    return `/library?${params}`;
  };
  return (
    <p className="other-lists" role="status">
      {t('library:alsoIn')}{' '}
      {elsewhere.map((status, index) => (
        <span key={status}>
          {index > 0 && ' · '}
          <Link to={link(status)}>{t('library:inList', { list: t(`common:status.${status}`), count: counts.get(status) })}</Link>
        </span>
      ))}
      {(matches.data.count ?? 0) > (matches.data.results?.length ?? 0) && ' …'}
    </p>
  );
}
