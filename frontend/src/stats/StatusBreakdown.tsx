import { intlLocale } from '../ui/intlLocale';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { READING_STATUSES } from '../api/client';
import { formatNumber } from './format';
import { ShareBars } from './ShareBars';

/** How many entries have each status, each leading to that tab of the library. */
export function StatusBreakdown({ byStatus }: { byStatus: Record<string, number> }) {
  const { t, i18n } = useTranslation(['stats', 'common']);
  const shares = READING_STATUSES.map((status) => ({
    key: status,
    label: <Link to={`/library?status=${status}`}>{t(`common:status.${status}`)}</Link>,
    count: byStatus[status] ?? 0,
  }));
  return (
    <section className="card" aria-labelledby="by-status-title">
      <h2 id="by-status-title">{t('stats:byStatus.title')}</h2>
      <ShareBars shares={shares} label={t('stats:byStatus.title')} formatCount={(count) => formatNumber(count, intlLocale(i18n.language))} />
    </section>
  );
}
