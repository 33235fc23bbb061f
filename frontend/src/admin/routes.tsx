import type { RouteObject } from 'react-router';
import { RequireAdmin } from '../session/RequireSignIn';

/** Administrators' screens: the catalog, users, invitations and activity; their code loads only for those who open them. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    lazy: async () => {
      const { AdminLayout } = await import('./AdminLayout');
      return {
        element: (
          <RequireAdmin>
            <AdminLayout />
          </RequireAdmin>
        ),
      };
    },
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./OverviewPage')).OverviewPage }) },
      { path: 'catalog', lazy: async () => ({ Component: (await import('./CatalogAdminPage')).CatalogAdminPage }) },
      { path: 'catalog/contents/new', lazy: async () => ({ Component: (await import('./ContentEditorPage')).ContentEditorPage }) },
      { path: 'catalog/contents/:id', lazy: async () => ({ Component: (await import('./ContentEditorPage')).ContentEditorPage }) },
      { path: 'users', lazy: async () => ({ Component: (await import('./UsersPage')).UsersPage }) },
      { path: 'invitations', lazy: async () => ({ Component: (await import('./InvitationsPage')).InvitationsPage }) },
    ],
  },
];
