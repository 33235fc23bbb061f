import { intlLocale } from '../ui/intlLocale';
import { useTranslation } from 'react-i18next';
import type { ReaderStats } from './aggregate';
import { formatNumber } from './format';
import { ShareBars } from './ShareBars';

const SHOWN = 8;

/** The categories of the tracked series, the most tracked first; the tail summed up as "others". */
export function CategoryBreakdown({ categories }: { categories: NonNullable<ReaderStats['by_category']> }) {
  const { t, i18n } = useTranslation('stats');
  const shares = categories.slice(0, SHOWN).map((item) => ({
    key: String(item.category?.id),
    label: item.category?.name,
    count: item.count ?? 0,
  }));
  const rest = categories.slice(SHOWN);
  if (rest.length > 0) {
    shares.push({
      key: 'others',
      label: t('categories.others', { count: rest.length }),
      count: rest.reduce((sum, item) => sum + (item.count ?? 0), 0),
    });
  }
  return (
    <section className="card" aria-labelledby="by-category-title">
      <h2 id="by-category-title">{t('categories.title')}</h2>
      {shares.length === 0 ? (
        <p className="muted">{t('categories.empty')}</p>
      ) : (
        <ShareBars shares={shares} label={t('categories.title')} formatCount={(count) => formatNumber(count, intlLocale(i18n.language))} />
      )}
    </section>
  );
}
