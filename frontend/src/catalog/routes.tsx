import type { RouteObject } from 'react-router';

/**
 * Catalog browsing and search, a content's page with the caller's entry, and the reader's suggestions of missing
 * series. Loaded when first visited, so that
 * the library (the screen opened every day) loads only its own code.
 */
export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', lazy: async () => ({ Component: (await import('./CatalogPage')).CatalogPage }) },
  { path: 'catalog/suggest', lazy: async () => ({ Component: (await import('./SuggestPage')).SuggestPage }) },
  { path: 'catalog/suggestions', lazy: async () => ({ Component: (await import('./MySuggestionsPage')).MySuggestionsPage }) },
  { path: 'contents/:id', lazy: async () => ({ Component: (await import('./ContentPage')).ContentPage }) },
  { path: 'history', lazy: async () => ({ Component: (await import('./RecentChangesPage')).RecentChangesPage }) },
];
