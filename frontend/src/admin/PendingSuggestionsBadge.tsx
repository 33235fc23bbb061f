import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { moderates } from '../session/roles';
import { useUser } from '../session/session';

/** Under the admin screens' key, so that a review, which reads every query again, updates the count too. */
const PENDING_COUNT = ['admin', 'suggestions', 'pending-count'] as const;

/**
 * How many readers' suggestions wait for a review, beside the links that lead to them; nothing when none wait or
 * for a reader, who reviews nothing. Kept apart from the admin screens' API module, which loads with them only.
 */
export function PendingSuggestionsBadge() {
  const { t } = useTranslation();
  const user = useUser();
  const pending = useQuery({
    queryKey: PENDING_COUNT,
    queryFn: async () =>
      data(await api.GET('/api/suggestions', { params: { query: { status: 'pending', page_size: 1 } } })).count ?? 0,
    enabled: moderates(user),
    staleTime: 60_000,
  });
  const count = pending.data ?? 0;
  if (count === 0) {
    return null;
  }
  return (
    <span className="count-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      {/* the link's name: "Admin (3 suggestions to review)", the same whether a browser spaces the spans or not */}
      <span className="visually-hidden">{` (${t('pendingSuggestions', { count })})`}</span>
    </span>
  );
}
