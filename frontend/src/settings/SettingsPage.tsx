import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../layout/LanguagePicker';
import { ApiTokensSection } from './ApiTokensSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { PasswordForm } from './PasswordForm';
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
        <PasswordForm />
      </div>
      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t('language.title')}</h2>
        <LanguagePicker />
      </section>
      <ExportSection />
      <ImportSection />
      <SessionsSection />
      <ApiTokensSection />
    </div>
  );
}
