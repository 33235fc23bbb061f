import type { RouteObject } from 'react-router';

/** The caller's profile, password, language, import and export, sessions and API tokens; loaded when first visited. */
export const settingsRoutes: RouteObject[] = [
  { path: 'settings', lazy: async () => ({ Component: (await import('./SettingsPage')).SettingsPage }) },
];
