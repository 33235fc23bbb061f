import type { RouteObject } from 'react-router';
import { CatalogPage } from './CatalogPage';
import { ContentPage } from './ContentPage';

/** Catalog browsing and search, and a content's page with the caller's entry. */
export const catalogRoutes: RouteObject[] = [
  { path: 'catalog', element: <CatalogPage /> },
  { path: 'contents/:id', element: <ContentPage /> },
];
