import { intlLocale } from '../ui/intlLocale';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';
import { lastDays, summarise, weeklyCounts, type DayCount } from './aggregate';
import { formatDay } from '../ui/formats';
import { formatNumber } from './format';

const WEEKS = 26;
const DAYS = 30;
type View = 'weeks' | 'days';

/** Chapters read per week over the last six months, or per day over the last month. */
export function ReadingActivity({ days }: { days: DayCount[] }) {
  const { t, i18n } = useTranslation('stats');
  const [view, setView] = useState<View>('weeks');
  const periods = view === 'weeks' ? weeklyCounts(days, WEEKS) : lastDays(days, DAYS);
  const { total, best } = summarise(periods);
  const language = intlLocale(i18n.language);
  const span = t(`activity.span.${view}`, { count: view === 'weeks' ? WEEKS : DAYS });
  return (
    <section className="card activity" aria-labelledby="activity-title">
      <div className="activity-head">
        <h2 id="activity-title">{t('activity.title')}</h2>
        <div className="segmented" role="group" aria-label={t('activity.view')}>
          {(['weeks', 'days'] as const).map((choice) => (
            <button key={choice} type="button" aria-pressed={view === choice} onClick={() => setView(choice)}>
              {t(`activity.views.${choice}`)}
            </button>
          ))}
        </div>
      </div>
      {total === 0 ? (
        <p className="muted">{t('activity.none', { span })}</p>
      ) : (
        <ChartFigure
          caption={
            <>
              {t('activity.summary', { count: total, formatted: formatNumber(total, language), span })}
              {best && ` ${t(`activity.best.${view}`, { date: formatDay(best.start, language, 'long'), count: best.count })}`}
            </>
          }
          bars={periods.map((period) => ({ label: formatDay(period.start, language, 'short'), value: period.count }))}
          valueName={t('activity.chapters')}
          height={220}
          tone="primary"
          table={{
            caption: t('activity.title'),
            labelHeading: t(`activity.heading.${view}`),
            valueHeading: t('activity.chapters'),
            rows: periods.map((period) => ({ label: formatDay(period.start, language, 'long'), value: formatNumber(period.count, language) })),
          }}
        />
      )}
    </section>
  );
}
