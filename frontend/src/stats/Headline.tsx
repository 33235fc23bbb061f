import { intlLocale } from '../ui/intlLocale';
import { useTranslation } from 'react-i18next';
import type { ReaderStats } from './aggregate';
import { formatNumber } from './format';

/**
 * The four numbers a reader looks for first. `label` names them otherwise than for the reader's own page (a
 * public profile's "Series", not "Series in my list").
 */
export function Headline({ stats, label }: { stats: ReaderStats; label?: (figure: string) => string }) {
  const { t, i18n } = useTranslation('stats');
  const number = (value: number | undefined) => formatNumber(value ?? 0, intlLocale(i18n.language));
  const figures = [
    { key: 'entries', value: number(stats.entries) },
    { key: 'chaptersRead', value: number(stats.chapters_read) },
    { key: 'meanScore', value: stats.mean_score == null ? t('noScore') : formatNumber(stats.mean_score, intlLocale(i18n.language), 2) },
    { key: 'favorites', value: number(stats.favorites) },
  ];
  return (
    <>
      <dl className="headline">
        {figures.map((figure) => (
          <div key={figure.key} className="figure-card">
            <dt>{label ? label(figure.key) : t(`headline.${figure.key}`)}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      {/* counted from the changes made here: a reader coming from a spreadsheet would otherwise wonder where theirs
          went. Under the tiles rather than in one, which it made twice as tall as the three others */}
      <p className="headline-note">{t('headline.chaptersReadNote')}</p>
    </>
  );
}
