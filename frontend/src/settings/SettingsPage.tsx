import { useTranslation } from 'react-i18next';
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

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const { state } = useSession();
  return (
    <div className="page settings">
      <h1>{t('title')}</h1>
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
