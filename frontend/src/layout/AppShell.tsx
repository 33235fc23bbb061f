import { BarChart3, Library, Search, Settings, Sparkles, Wrench } from 'lucide-react';
import { Suspense, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PendingSuggestionsBadge } from '../admin/PendingSuggestionsBadge';
import { OfflineBanner } from '../offline/OfflineBanner';
import { administers, moderates } from '../session/roles';
import { useUser } from '../session/session';
import { SignOutButton } from './SignOutButton';
import { useSectionsBarHeight } from './useSectionsBarHeight';
import { useFocusOnNavigation } from './focusOnNavigation';
import { RouteProgress } from './RouteProgress';
import { useMediaQuery } from '../ui/useMediaQuery';

interface Section {
  to: string;
  key: string;
  Icon: typeof Library;
  /** where the section's link counts as the current one when that is wider than its target */
  within?: string;
}

const SECTIONS: Section[] = [
  { to: '/library', key: 'library', Icon: Library },
  { to: '/feed', key: 'feed', Icon: Sparkles },
  { to: '/catalog', key: 'catalog', Icon: Search },
  { to: '/stats', key: 'stats', Icon: BarChart3 },
  { to: '/settings', key: 'settings', Icon: Settings },
];

/** Where the sections bar moves from the window's foot into the top bar: the same width as in styles.css. */
const WIDE_LAYOUT = '(min-width: 70em)';

/** A section's link, lit (and the current page for assistive technologies) on every page of the section. */
function SectionLink({ section, children }: { section: Section; children: ReactNode }) {
  const { pathname } = useLocation();
  if (!section.within) {
    return <NavLink to={section.to}>{children}</NavLink>;
  }
  const current = pathname === section.within || pathname.startsWith(`${section.within}/`);
  return (
    <Link to={section.to} className={current ? 'active' : undefined} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** The frame of every signed-in screen: a top bar on wide screens, a tab bar under the thumb on phones. */
export function AppShell() {
  const { t } = useTranslation();
  const user = useUser();
  // a moderator's back-office opens at the catalog (the overview is an administrator's): the link goes there, not
  // to /admin and a redirect that a quick second tap could race
  const backOffice = { to: administers(user) ? '/admin' : '/admin/catalog', key: 'admin', Icon: Wrench, within: '/admin' };
  const shown: Section[] = moderates(user) ? [...SECTIONS, backOffice] : SECTIONS;
  // the sections sit in the top bar between the brand and the account on a wide window, and in a bar at the foot
  // elsewhere: there they come after the account in the page too, so that Tab goes brand, account, sections, and
  // not from the brand down to the foot and back up to Sign out
  const wide = useMediaQuery(WIDE_LAYOUT);
  const bar = useRef<HTMLElement>(null);
  useSectionsBarHeight(bar, !wide);
  const sections = (
    <nav aria-label={t('nav.label')} className="sections" ref={bar}>
      {shown.map((section) => (
        <SectionLink key={section.key} section={section}>
          <section.Icon aria-hidden="true" className="nav-icon" size={22} />
          <span className="nav-text">{t(`nav.${section.key}`)}</span>
          {section.key === 'admin' && <PendingSuggestionsBadge />}
        </SectionLink>
      ))}
    </nav>
  );
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
        {wide && sections}
        <div className="account">
          {/* the reader's own profile, as others see it */}
          <NavLink to={`/u/${encodeURIComponent(user.username)}`} className="username" aria-label={t('myProfile', { username: user.username })}>
            {user.username}
          </NavLink>
          <SignOutButton />
        </div>
      </header>
      {!wide && sections}
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
