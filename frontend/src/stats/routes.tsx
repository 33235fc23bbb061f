import type { RouteObject } from 'react-router';

/** The caller's reading statistics; loaded when first visited (their charts later still, when drawn). */
export const statsRoutes: RouteObject[] = [
  { path: 'stats', lazy: async () => ({ Component: (await import('./StatsPage')).StatsPage }) },
];
