import { setLanguage, type Language } from '../i18n';
import { setPreferredTimeZone, type User } from '../api/client';
import { applyTheme } from './theme';

/**
 * What the account says wins over what this device remembered: its language, when it chose one (none: the
 * device's stays), and its theme. The time zone is read where dates are written ({@link useTimeZone}), and goes
 * with every call, for the dates the server sets.
 */
export function applyPreferences(preferences: User['preferences']) {
  if (preferences?.language) {
    setLanguage(preferences.language as Language);
  }
  applyTheme(preferences?.theme ?? 'system');
  setPreferredTimeZone(preferences?.time_zone);
}
