import type { RouteObject } from 'react-router';

/**
 * Catalog browsing and search, and a content's page with the caller's entry. Loaded when first visited, so that
 * the library (the screen opened every day) loads only its own code.
 */
export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', lazy: async () => ({ Component: (await import('./CatalogPage')).CatalogPage }) },
  { path: 'contents/:id', lazy: async () => ({ Component: (await import('./ContentPage')).ContentPage }) },
];
