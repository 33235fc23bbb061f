import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data, type Schemas } from '../api/client';
import { followDeviceLanguage, LANGUAGES, setLanguage, type Language } from '../i18n';
import { applyTheme, THEMES, type Theme } from '../preferences/theme';
import { currentZoneName, deviceTimeZone, timeZoneGroups } from '../preferences/timeZone';
import { useSession, useUser } from '../session/session';
import { SelectField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';

/** A null language or time zone: back to what the device says. */
type Change = Schemas['PreferencesPatch'];

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/**
 * Language, theme and time zone, kept with the account so that every device the reader signs in on follows
 * them. Each choice applies at once and is saved as it is made; "as on this device" leaves it to each device.
 */
export function PreferencesSection() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const { reload } = useSession();
  const preferences = user.preferences;
  const zones = useMemo(() => timeZoneGroups(Date.now(), preferences?.time_zone), [preferences?.time_zone]);

  const save = useMutation({
    mutationFn: async (change: Change) =>
      data(await api.PATCH('/api/auth/me', { body: { preferences: change } })),
    onSuccess: () => toast.success(t('preferences.saved')),
    // what the account now says is applied again: after a failure, that undoes the choice shown meanwhile
    onSettled: () => reload(),
  });

  function changeLanguage(value: string) {
    if (value) {
      setLanguage(value as Language);
    } else {
      followDeviceLanguage();
    }
    save.mutate({ language: (value || null) as Language | null });
  }

  function changeTheme(value: Theme) {
    applyTheme(value);
    save.mutate({ theme: value });
  }

  return (
    <section className="card" aria-labelledby="preferences-title">
      <h2 id="preferences-title">{t('preferences.title')}</h2>
      <p className="muted">{t('preferences.intro')}</p>
      <div className="form-grid">
        <SelectField
          label={t('preferences.language')}
          value={preferences?.language ?? ''}
          error={fieldError(save.error, 'preferences.language')}
          onChange={(event) => changeLanguage(event.currentTarget.value)}
        >
          <option value="">{t('preferences.deviceLanguage')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('preferences.theme')}
          value={preferences?.theme ?? 'system'}
          error={fieldError(save.error, 'preferences.theme')}
          onChange={(event) => changeTheme(event.currentTarget.value as Theme)}
        >
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`preferences.themes.${theme}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('preferences.timeZone')}
          // a zone saved by an older name shows by its current one (Asia/Kolkata for Asia/Calcutta)
          value={preferences?.time_zone ? currentZoneName(preferences.time_zone) : ''}
          // the device's zone in the hint, not in the option: "As on this device (Europe/Paris)" was cut on a phone
          hint={t('preferences.timeZoneHint', { zone: deviceTimeZone().replaceAll('_', ' ') })}
          error={fieldError(save.error, 'preferences.time_zone')}
          onChange={(event) => save.mutate({ time_zone: event.currentTarget.value || null })}
        >
          <option value="">{t('preferences.deviceTimeZone')}</option>
          {zones.map((group) => (
            <optgroup key={group.region} label={t(`preferences.regions.${group.region}`, { defaultValue: group.region })}>
              {group.zones.map((zone) => (
                <option key={zone.name} value={zone.name}>
                  {zone.label}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </div>
      <FormError error={save.error} fields={['preferences.language', 'preferences.theme', 'preferences.time_zone']} />
    </section>
  );
}
