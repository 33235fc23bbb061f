import { intlLocale } from '../ui/intlLocale';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';
import { scoreBars, type ReaderStats } from './aggregate';
import { formatNumber } from './format';

type ScoresProps = Pick<ReaderStats, 'score_histogram' | 'lowest_score' | 'highest_score'>;

/** How many entries got each whole score, 0 to 10, and the lowest and highest score given. */
export function ScoreHistogram({ score_histogram: histogram, lowest_score: low, highest_score: high }: ScoresProps) {
  const { t, i18n } = useTranslation('stats');
  const locale = intlLocale(i18n.language);
  const bars = scoreBars(histogram);
  const scored = bars.reduce((sum, bar) => sum + bar.count, 0);
  // the bars round scores down (8.5 is in bar 8): the summary says the scores themselves, "from 8,5 to 9,5"
  const score = (value: number) => formatNumber(value, locale, 2);
  const caption =
    low == null || high == null
      ? t('scores.summaryCount', { count: scored })
      : low === high
        ? t('scores.summarySame', { count: scored, low: score(low) })
        : t('scores.summary', { count: scored, low: score(low), high: score(high) });
  return (
    <section className="card" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('scores.title')}</h2>
      {scored === 0 ? (
        <p className="muted">{t('scores.none')}</p>
      ) : (
        <ChartFigure
          caption={caption}
          bars={bars.map((bar) => ({ label: String(bar.score), value: bar.count }))}
          valueName={t('scores.entries')}
          height={180}
          tone="accent"
          // eleven short labels fit a phone's width: a bar without its score would leave the reader counting
          everyLabel
          table={{
            caption: t('scores.title'),
            labelHeading: t('scores.score'),
            valueHeading: t('scores.entries'),
            rows: bars.map((bar) => ({ label: String(bar.score), value: formatNumber(bar.count, locale) })),
          }}
        />
      )}
    </section>
  );
}
