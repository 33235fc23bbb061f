import { intlLocale } from '../ui/intlLocale';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';
import { scoreBars, type ReaderStats } from './aggregate';
import { formatNumber } from './format';

/** How many entries got each whole score, 0 to 10. */
export function ScoreHistogram({ histogram }: { histogram: ReaderStats['score_histogram'] }) {
  const { t, i18n } = useTranslation('stats');
  const bars = scoreBars(histogram);
  const scored = bars.reduce((sum, bar) => sum + bar.count, 0);
  const given = bars.filter((bar) => bar.count > 0).map((bar) => bar.score);
  return (
    <section className="card" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('scores.title')}</h2>
      {scored === 0 ? (
        <p className="muted">{t('scores.none')}</p>
      ) : (
        <ChartFigure
          caption={t(given.length === 1 ? 'scores.summarySame' : 'scores.summary', { count: scored, low: given[0], high: given.at(-1) })}
          bars={bars.map((bar) => ({ label: String(bar.score), value: bar.count }))}
          valueName={t('scores.entries')}
          height={180}
          tone="accent"
          table={{
            caption: t('scores.title'),
            labelHeading: t('scores.score'),
            valueHeading: t('scores.entries'),
            rows: bars.map((bar) => ({ label: String(bar.score), value: formatNumber(bar.count, intlLocale(i18n.language)) })),
          }}
        />
      )}
    </section>
  );
}
