import { intlLocale } from '../ui/intlLocale';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../library/EntryCard';
import { useAdvance } from '../library/useAdvance';
import { localWeekday } from './days';
import { fetchReleasingToday, releasingTodayKey } from './feed';
import { LoadState } from '../ui/LoadState';
import { useTimeZone } from '../preferences/useTimeZone';

/** The reader's series that come out on their weekday today (one request, however many screens ask). */
export function useReleasingToday(now: Date) {
  const day = localWeekday(now, useTimeZone());
  return { day, today: useQuery({ queryKey: releasingTodayKey(day), queryFn: () => fetchReleasingToday(day) }) };
}

/** The series being read that come out on the reader's weekday today, each with its one-tap next chapter. */
export function ReleasingToday() {
  const { t, i18n } = useTranslation(['feed', 'common']);
  const now = new Date();
  const timeZone = useTimeZone();
  const { day, today } = useReleasingToday(now);
  const advancing = useAdvance();
  const entries = today.data?.results ?? [];
  return (
    <section className="releasing-today" aria-labelledby="releasing-today-title">
      <h2 id="releasing-today-title">
        {t('feed:today.title')} <span className="muted day-name">{t(`common:day.${day}`)}</span>
      </h2>
      <LoadState query={today} />
      {today.isSuccess && entries.length === 0 && (
        <p className="feed-empty">{t('feed:today.empty', { day: new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'long', timeZone }).format(now) })}</p>
      )}
      {entries.length > 0 && (
        <ul className="entries" aria-label={t('feed:today.list')}>
          {entries.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              waiting={advancing.waiting(entry)}
              onAdvance={advancing.advance}
              showStatus
            />
          ))}
        </ul>
      )}
    </section>
  );
}
