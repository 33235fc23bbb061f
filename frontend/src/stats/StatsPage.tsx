import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMyStats } from '../library/useStatusCounts';
import { LoadState } from '../ui/LoadState';
import { CategoryBreakdown } from './CategoryBreakdown';
import { Headline } from './Headline';
import { ReadingActivity } from './ReadingActivity';
import { ScoreHistogram } from './ScoreHistogram';
import { StatusBreakdown } from './StatusBreakdown';
import './stats.css';

/** What the reader has read: the totals, chapters read over time, and how the list splits up. */
export function StatsPage() {
  const { t } = useTranslation('stats');
  // the library's query: reading a chapter anywhere refreshes it
  const stats = useMyStats();
  const data = stats.data;
  return (
    <section className="page stats">
      <h1>{t('title')}</h1>
      {/* what the figures count, change by change */}
      <p className="stats-recent">
        <Link to="/history">{t('recentChanges')}</Link>
      </p>
      <LoadState query={stats} />
      {data && <Headline stats={data} />}
      {data && !data.entries && (
        <div className="card stats-empty">
          <p>{t('empty')}</p>
          <Link to="/catalog" className="button primary">
            {t('browseCatalog')}
          </Link>
        </div>
      )}
      {data && !!data.entries && (
        <>
          <ReadingActivity days={data.chapters_read_by_day ?? []} />
          <div className="stats-grid">
            <StatusBreakdown byStatus={data.by_status ?? {}} />
            <ScoreHistogram score_histogram={data.score_histogram} lowest_score={data.lowest_score} highest_score={data.highest_score} />
            <CategoryBreakdown categories={data.by_category ?? []} />
          </div>
        </>
      )}
    </section>
  );
}
