import { BarChart3, Library, Search, Settings, Sparkles, Wrench } from 'lucide-react';
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PendingSuggestionsBadge } from '../admin/PendingSuggestionsBadge';
import { OfflineBanner } from '../offline/OfflineBanner';
import { moderates } from '../session/roles';
import { useSession, useUser } from '../session/session';
import { useFocusOnNavigation } from './focusOnNavigation';
import { RouteProgress } from './RouteProgress';

const SECTIONS = [
  { to: '/library', key: 'library', Icon: Library },
  { to: '/feed', key: 'feed', Icon: Sparkles },
  { to: '/catalog', key: 'catalog', Icon: Search },
  { to: '/stats', key: 'stats', Icon: BarChart3 },
  { to: '/settings', key: 'settings', Icon: Settings },
];

/** The frame of every signed-in screen: a top bar on wide screens, a tab bar under the thumb on phones. */
export function AppShell() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  const sections = moderates(user) ? [...SECTIONS, { to: '/admin', key: 'admin', Icon: Wrench }] : SECTIONS;
  useFocusOnNavigation();
  return (
    <div className="shell">
      <RouteProgress />
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <NavLink to="/library" className="brand">
          Readtrack
        </NavLink>
        <nav aria-label={t('nav.label')} className="sections">
          {sections.map((section) => (
            <NavLink key={section.to} to={section.to}>
              <section.Icon aria-hidden="true" className="nav-icon" size={22} />
              <span className="nav-text">{t(`nav.${section.key}`)}</span>
              {section.key === 'admin' && <PendingSuggestionsBadge />}
            </NavLink>
          ))}
        </nav>
        <div className="account">
          {/* the reader's own profile, as others see it */}
          <NavLink to={`/u/${encodeURIComponent(user.username)}`} className="username" aria-label={t('myProfile', { username: user.username })}>
            {user.username}
          </NavLink>
          <button type="button" className="link" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <OfflineBanner />
        {/* a screen's messages load with it the first time it opens */}
        <Suspense fallback={<p className="page-loading" role="status">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
