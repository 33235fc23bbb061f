import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../session/RequireSignIn';
import { AdminLayout } from './AdminLayout';
import { CatalogAdminPage } from './CatalogAdminPage';
import { ContentEditorPage } from './ContentEditorPage';
import { OverviewPage } from './OverviewPage';
import { UsersPage } from './UsersPage';

/** Administrators' screens: the catalog, users and activity. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: (
      <RequireAdmin>
        <AdminLayout />
      </RequireAdmin>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'catalog', element: <CatalogAdminPage /> },
      { path: 'catalog/contents/new', element: <ContentEditorPage /> },
      { path: 'catalog/contents/:id', element: <ContentEditorPage /> },
      { path: 'users', element: <UsersPage /> },
    ],
  },
];
