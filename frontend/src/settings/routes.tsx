import type { RouteObject } from 'react-router';

/** The caller's profile, password, language, import and export. */
export const settingsRoutes: RouteObject[] = [];
