import type { RouteObject } from 'react-router';

/** A reader's public profile, at an address they can share; loaded when first visited. */
export const profileRoutes: RouteObject[] = [
  { path: 'u/:username', lazy: async () => ({ Component: (await import('./ProfilePage')).ProfilePage }) },
];
