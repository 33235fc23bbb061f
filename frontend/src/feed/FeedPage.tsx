import { useTranslation } from 'react-i18next';
import { NewChapters } from './NewChapters';
import { ReleasingToday, useReleasingToday } from './ReleasingToday';
import './feed.css';

/** What to read now: the series that release today first, then every new chapter, newest first. */
export function FeedPage() {
  const { t } = useTranslation('feed');
  const { today } = useReleasingToday(new Date());
  return (
    <section className="page feed">
      <h1>{t('title')}</h1>
      <ReleasingToday />
      {/* loads meanwhile, shown once today's series are in place above it: drawn earlier, the list would be
          pushed down the screen as they arrive (a layout shift of most of the page) */}
      <div hidden={today.isPending}>
        <NewChapters />
      </div>
    </section>
  );
}
