import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { READING_STATUSES } from '../api/client';
import { useMyStats } from './useStatusCounts';
import type { LibraryQuery } from './entries';
import { useRemovals } from './heldRemovals';

/**
 * One link per status, with how many entries it holds (less those just removed, still counted by the server until
 * they are deleted); the current one is marked for screen readers too.
 */
export function StatusTabs({ current }: { current: LibraryQuery['status'] }) {
  const { t } = useTranslation(['library', 'common']);
  const stats = useMyStats().data;
  const counts = (stats?.by_status ?? {}) as Record<string, number>;
  const held = useRemovals().counted;
  const tabs = [...READING_STATUSES, 'favorites'] as const;
  return (
    <nav className="status-tabs" aria-label={t('library:statusTabs')}>
      {tabs.map((status) => {
        const counted = status === 'favorites' ? stats?.favorites : counts[status];
        const leaving = held.filter((entry) => (status === 'favorites' ? entry.favorite : entry.status === status)).length;
        const count = counted === undefined ? undefined : Math.max(0, counted - leaving);
        return (
          // a Link: a NavLink marks every tab as the current page, since all of them lead to /library
          <Link
            key={status}
            to={`/library?status=${status}`}
            className={status === current ? 'tab active' : 'tab'}
            aria-current={status === current ? 'page' : undefined}
          >
            {status === 'favorites' ? t('library:favorites') : t(`common:status.${status}`)}
            {count !== undefined && <span className="count">{count}</span>}
          </Link>
        );
      })}
    </nav>
  );
}
