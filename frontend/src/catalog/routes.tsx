import type { RouteObject } from 'react-router';

/** Catalog browsing and search, and a content's page with the caller's entry. */
export const catalogRoutes: RouteObject[] = [];
