import { useTranslation } from 'react-i18next';
import { NewChapters } from './NewChapters';
import { ReleasingToday } from './ReleasingToday';
import './feed.css';

/** What to read now: the series that release today first, then every new chapter, newest first. */
export function FeedPage() {
  const { t } = useTranslation('feed');
  return (
    <section className="page feed">
      <h1>{t('title')}</h1>
      <ReleasingToday />
      <NewChapters />
    </section>
  );
}
