import type { RouteObject } from 'react-router';
import { SettingsPage } from './SettingsPage';

/** The caller's profile, password, language, import and export. */
export const settingsRoutes: RouteObject[] = [{ path: 'settings', element: <SettingsPage /> }];
