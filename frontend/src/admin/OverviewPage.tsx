import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, data, READING_STATUSES } from '../api/client';
import { ADMIN } from './adminApi';

// the chart library is large: only administrators who open this screen download it
const ActivityChart = lazy(() => import('./ActivityChart'));

/** How the site is used: accounts, catalog size, what readers track and how busy the last days were. */
export function OverviewPage() {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const stats = useQuery({ queryKey: [...ADMIN, 'stats'], queryFn: async () => data(await api.GET('/api/stats')) });
  const number = new Intl.NumberFormat(i18n.language);

  if (stats.isPending) {
    return <p role="status">{t('common:loading')}</p>;
  }
  if (stats.isError) {
    return (
      <p role="alert">
        {t('common:loadFailed')}{' '}
        <button type="button" className="link" onClick={() => void stats.refetch()}>
          {t('common:retry')}
        </button>
      </p>
    );
  }
  const { users, catalog, tracking } = stats.data;
  const byStatus = (tracking?.by_status ?? {}) as Record<string, number>;
  const figures = [
    { key: 'usersTotal', value: users?.total },
    { key: 'active7', value: users?.active_7d },
    { key: 'active30', value: users?.active_30d },
    { key: 'entries', value: tracking?.entries },
    { key: 'categories', value: catalog?.categories },
    { key: 'contents', value: catalog?.contents },
    { key: 'chapters', value: catalog?.chapters },
  ];
  const updates = (tracking?.updates_by_day ?? []).map((day) => ({ label: day.date ?? '', count: day.count ?? 0 }));
  const newUsers = (users?.new_by_week ?? []).map((week) => ({ label: week.week ?? '', count: week.count ?? 0 }));

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <dl className="figures">
        {figures.map((figure) => (
          <div key={figure.key} className="figure card">
            <dt>{t(`overview.${figure.key}`)}</dt>
            <dd>{number.format(figure.value ?? 0)}</dd>
          </div>
        ))}
      </dl>

      <div className="admin-columns">
        <section className="card" aria-labelledby="updates-title">
          <h2 id="updates-title">{t('overview.updatesByDay')}</h2>
          <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
            <ActivityChart data={updates} label={t('overview.updatesByDay')} unit={t('overview.updates')} dateHeading={t('overview.day')} />
          </Suspense>
        </section>
        <section className="card" aria-labelledby="new-users-title">
          <h2 id="new-users-title">{t('overview.newByWeek')}</h2>
          <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
            <ActivityChart data={newUsers} label={t('overview.newByWeek')} unit={t('overview.newUsers')} dateHeading={t('overview.weekOf')} />
          </Suspense>
        </section>
      </div>

      <div className="admin-columns">
        <section className="card" aria-labelledby="by-status-title">
          <h2 id="by-status-title">{t('overview.byStatus')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('overview.status')}</th>
                <th scope="col" className="number">
                  {t('overview.entries')}
                </th>
              </tr>
            </thead>
            <tbody>
              {READING_STATUSES.map((status) => (
                <tr key={status}>
                  <td>{t(`common:status.${status}`)}</td>
                  <td className="number">{number.format(byStatus[status] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="most-tracked-title">
          <h2 id="most-tracked-title">{t('overview.mostTracked')}</h2>
          {(tracking?.most_tracked ?? []).length === 0 ? (
            <p className="muted">{t('overview.nothingTracked')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('overview.title_')}</th>
                  <th scope="col" className="number">
                    {t('overview.readers')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {tracking?.most_tracked?.map((row) => (
                  <tr key={row.content?.id}>
                    <td>
                      <Link to={`/admin/catalog/contents/${row.content?.id}`}>{row.content?.title}</Link>
                    </td>
                    <td className="number">{number.format(row.entries ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
