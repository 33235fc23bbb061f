import type { RouteObject } from 'react-router';

/** New chapters of what the caller reads, and what releases today; loaded when first visited. */
export const feedRoutes: RouteObject[] = [
  { path: 'feed', lazy: async () => ({ Component: (await import('./FeedPage')).FeedPage }) },
];
