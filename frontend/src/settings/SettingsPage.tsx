import { useTranslation } from 'react-i18next';
import { ApiTokensSection } from './ApiTokensSection';
import { AvatarSection } from './AvatarSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { PasswordForm } from './PasswordForm';
import { PreferencesSection } from './PreferencesSection';
import { ProfileForm } from './ProfileForm';
import { SessionsSection } from './SessionsSection';
import './settings.css';

export function SettingsPage() {
  const { t } = useTranslation('settings');
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
      <ImportSection />
      <SessionsSection />
      <ApiTokensSection />
    </div>
  );
}
