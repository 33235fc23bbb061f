import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { moderates } from '../session/roles';
import { useSession } from '../session/session';
import { ApiTokensSection } from './ApiTokensSection';
import { AvatarSection } from './AvatarSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { PasswordForm } from './PasswordForm';
import { PreferencesSection } from './PreferencesSection';
import { ProfileForm } from './ProfileForm';
import { SessionsSection } from './SessionsSection';
import './settings.css';

/** Each section's heading, in the page's order, with the key of its title. */
const SECTIONS = [
  ['profile-title', 'profile.title'],
  ['avatar-title', 'avatar.title'],
  ['password-title', 'password.title'],
  ['preferences-title', 'preferences.title'],
  ['export-title', 'export.title'],
  ['import-title', 'import.title'],
  ['sessions-title', 'sessions.title'],
  ['tokens-title', 'tokens.title'],
  ['delete-account-title', 'deleteAccount.title'],
] as const;

/** Links to each section: the page is long, and the import a reader came for is far down on a phone. */
function SectionIndex() {
  const { t } = useTranslation('settings');
  return (
    <nav className="section-index" aria-label={t('sections')}>
      {SECTIONS.map(([id, title]) => (
        <a key={id} href={`#${id}`}>
          {t(title)}
        </a>
      ))}
    </nav>
  );
}

/**
 * A link from elsewhere to one section (`/settings#import-title`, from an empty library): the router draws the page
 * without going there, as a browser would for a page it loads. Its heading is brought into view and focused.
 */
function useSectionInAddress() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) {
      return;
    }
    // a section still loading its words is not in the document yet: looked for again each frame, a second at most
    let frames = 60;
    let frame = 0;
    const go = () => {
      const heading = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (heading) {
        heading.tabIndex = -1;
        heading.scrollIntoView?.();
        heading.focus({ preventScroll: true });
      } else if (frames-- > 0) {
        frame = requestAnimationFrame(go);
      }
    };
    go();
    return () => cancelAnimationFrame(frame);
  }, [hash]);
}

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { state } = useSession();
  useSectionInAddress();
  return (
    <div className="page settings">
      <h1>{t('title')}</h1>
      <SectionIndex />
      <div className="settings-columns">
        <ProfileForm />
        <div>
          <AvatarSection />
          <PasswordForm />
        </div>
      </div>
      <PreferencesSection />
      <ExportSection />
      <ImportSection editsCatalog={state.status === 'signedIn' && moderates(state.user)} />
      <SessionsSection />
      <ApiTokensSection />
      <DeleteAccountSection />
    </div>
  );
}
