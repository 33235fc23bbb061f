import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Cover } from '../ui/Cover';
import { intlLocale } from '../ui/intlLocale';
import { LoadState } from '../ui/LoadState';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { fetchProfileEntries, PROFILE_PAGE_SIZE, profileKeys, type PublicEntry } from './profilesApi';
import { numberFormat } from '../ui/formats';

/** The reader's list as others see it, most recently changed first, a page at a time. */
export function ProfileEntries({ username }: { username: string }) {
  const { t } = useTranslation(['profiles', 'common']);
  const [page, setPage] = useState(1);
  const entries = useQuery({
    queryKey: profileKeys.entries(username, page),
    queryFn: () => fetchProfileEntries(username, page),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, entries);
  const results = entries.data?.results ?? [];
  return (
    <section aria-labelledby="profile-entries-title">
      <h2 id="profile-entries-title">{t('profiles:entries.title', { count: entries.data?.count ?? 0 })}</h2>
      <LoadState query={entries} />
      {entries.isSuccess && results.length === 0 && <p className="empty">{t('profiles:entries.empty')}</p>}
      <ul className="entries profile-entries">
        {results.map((entry) => (
          <ProfileEntry key={entry.content?.id} entry={entry} />
        ))}
      </ul>
      <Pager
        page={page}
        count={entries.data?.count ?? 0}
        pageSize={PROFILE_PAGE_SIZE}
        label={t('profiles:entries.pages')}
        onPage={setPage}
      />
    </section>
  );
}

function ProfileEntry({ entry }: { entry: PublicEntry }) {
  const { t, i18n } = useTranslation(['profiles', 'common']);
  const content = entry.content;
  return (
    <li className="entry-card">
      <Link to={`/contents/${content?.id}`} className="entry-cover" tabIndex={-1} aria-hidden="true">
        <Cover src={content?.cover} title={content?.title} />
      </Link>
      <div className="entry-body">
        <h3 className="entry-title">
          <Link to={`/contents/${content?.id}`}>{content?.title}</Link>
          {entry.favorite && (
            <span className="favorite" role="img" aria-label={t('profiles:entries.favorite')}>
              ★
            </span>
          )}
        </h3>
        <p className="entry-meta">
          <span>{t(`common:status.${entry.status ?? 'reading'}`)}</span>
          {entry.last_chapter && <span>{t('profiles:entries.lastChapter', { chapter: entry.last_chapter })}</span>}
          {entry.score != null && <span>{t('profiles:entries.score', { score: numberFormat(intlLocale(i18n.language)).format(entry.score) })}</span>}
        </p>
      </div>
    </li>
  );
}
