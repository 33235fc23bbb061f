import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { whenShown } from '../ui/refocus';
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
import { TagsSection } from './TagsSection';
import './settings.css';

/** Each section's heading, in the page's order, with the key of its title. */
const SECTIONS = [
  ['profile-title', 'profile.title'],
  ['avatar-title', 'avatar.title'],
  ['password-title', 'password.title'],
  ['preferences-title', 'preferences.title'],
  ['tags-title', 'tags.title'],
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
    const id = sectionId(hash);
    if (!id) {
      return;
    }
    // a section still loading its words is not in the document yet
    return whenShown(
      () => document.getElementById(id),
      (heading) => {
        heading.tabIndex = -1;
        heading.scrollIntoView?.();
        heading.focus({ preventScroll: true });
      },
    );
  }, [hash]);
}

/** The id an address's `#…` names, or null: `#%` is no id, and no reason to fail the page. */
function sectionId(hash: string): string | null {
  try {
    return hash ? decodeURIComponent(hash.slice(1)) : null;
  } catch {
    return null;
  }
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
      <TagsSection />
      <ExportSection />
      <ImportSection editsCatalog={state.status === 'signedIn' && moderates(state.user)} />
      <SessionsSection />
      <ApiTokensSection />
      <DeleteAccountSection />
    </div>
  );
}
