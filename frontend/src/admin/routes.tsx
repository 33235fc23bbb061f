import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../session/RequireSignIn';
import { administers, moderates } from '../session/roles';

/**
 * The back-office: moderators keep the catalog; administrators also see the activity, manage accounts and
 * invitations.
 * The code loads only for those who open it.
 */
const adminOnly = (element: ReactNode) => (
  <RequireRole allowed={administers} elsewhere="/admin/catalog" refusal="onlyAdministrators">
    {element}
  </RequireRole>
);

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    lazy: async () => {
      const { AdminLayout } = await import('./AdminLayout');
      return {
        element: (
          <RequireRole allowed={moderates} refusal="onlyModerators">
            <AdminLayout />
          </RequireRole>
        ),
      };
    },
    children: [
      {
        index: true,
        lazy: async () => {
          const { OverviewPage } = await import('./OverviewPage');
          return { element: adminOnly(<OverviewPage />) };
        },
      },
      { path: 'catalog', lazy: async () => ({ Component: (await import('./CatalogAdminPage')).CatalogAdminPage }) },
      { path: 'catalog/contents/new', lazy: async () => ({ Component: (await import('./ContentEditorPage')).ContentEditorPage }) },
      { path: 'catalog/contents/:id', lazy: async () => ({ Component: (await import('./ContentEditorPage')).ContentEditorPage }) },
      { path: 'suggestions', lazy: async () => ({ Component: (await import('./SuggestionsPage')).SuggestionsPage }) },
      {
        path: 'users',
        lazy: async () => {
          const { UsersPage } = await import('./UsersPage');
          return { element: adminOnly(<UsersPage />) };
        },
      },
      {
        path: 'invitations',
        lazy: async () => {
          const { InvitationsPage } = await import('./InvitationsPage');
          return { element: adminOnly(<InvitationsPage />) };
        },
      },
    ],
  },
];
