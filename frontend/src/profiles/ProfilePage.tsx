import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useTimeZone } from '../preferences/useTimeZone';
import { useUser } from '../session/session';
import { Headline } from '../stats/Headline';
import { Avatar } from '../ui/Avatar';
import { LoadState } from '../ui/LoadState';
import { ProfileEntries } from './ProfileEntries';
import { fetchProfile, profileKeys } from './profilesApi';
import '../stats/stats.css';
import './profiles.css';

/**
 * What a reader shows the others: picture, bio, statistics and the entries they did not mark private. The
 * owner sees the same page, with a word on who else can.
 */
export function ProfilePage() {
  const { t } = useTranslation('profiles');
  const { username = '' } = useParams();
  const me = useUser();
  const own = username.toLowerCase() === (me.username ?? '').toLowerCase();
  const profile = useQuery({
    queryKey: profileKeys.profile(username, useTimeZone()),
    queryFn: () => fetchProfile(username),
    placeholderData: keepPreviousData,
  });

  if (profile.error instanceof ApiError && profile.error.status === 404) {
    return (
      <div className="page profile-page">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.text')}</p>
        <Link to="/library">{t('notFound.back')}</Link>
      </div>
    );
  }
  const data = profile.data;
  return (
    <div className="page profile-page">
      <LoadState query={profile} />
      {data && (
        <>
          <header className="profile-head">
            <Avatar src={data.avatar} name={data.username ?? username} size="large" />
            <div>
              <h1>{data.username}</h1>
              {data.bio ? <p className="profile-bio">{data.bio}</p> : <p className="muted">{t('noBio')}</p>}
            </div>
          </header>
          {own && (
            <p className="card profile-own">
              {t(me.profile_public ? 'own.public' : 'own.private')} <Link to="/settings">{t('own.settings')}</Link>
            </p>
          )}
          {data.stats && (
            <section aria-labelledby="profile-stats-title">
              <h2 id="profile-stats-title">{t('stats')}</h2>
              <Headline stats={data.stats} label={(figure) => t(`figures.${figure}`)} />
            </section>
          )}
          <ProfileEntries username={username} />
        </>
      )}
    </div>
  );
}

