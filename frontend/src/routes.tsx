import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { adminRoutes } from './admin/routes';
import { catalogRoutes } from './catalog/routes';
import { feedRoutes } from './feed/routes';
import { AppShell } from './layout/AppShell';
import { libraryRoutes } from './library/routes';
import { NotFoundPage } from './layout/NotFoundPage';
import { profileRoutes } from './profiles/routes';
import { RequireSignIn } from './session/RequireSignIn';
import { SignInPage } from './session/SignInPage';
import { settingsRoutes } from './settings/routes';
import { statsRoutes } from './stats/routes';

/** Each feature lists its own screens in its `routes.tsx`; this file only puts them behind sign-in. */
export const router = createBrowserRouter(withLoadingPlaceholders([
  { path: '/sign-in', element: <SignInPage /> },
  // the pages a reader rarely opens load when opened, not with the sign-in page
  { path: '/register', lazy: async () => ({ Component: (await import('./session/RegisterPage')).RegisterPage }) },
  { path: '/forgot-password', lazy: async () => ({ Component: (await import('./session/ForgotPasswordPage')).ForgotPasswordPage }) },
  { path: '/reset-password', lazy: async () => ({ Component: (await import('./session/ResetPasswordPage')).ResetPasswordPage }) },
  {
    element: (
      <RequireSignIn>
        <AppShell />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <Navigate to="/library" replace /> },
      ...libraryRoutes,
      ...catalogRoutes,
      ...feedRoutes,
      ...statsRoutes,
      ...settingsRoutes,
      ...profileRoutes,
      ...adminRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]));

/**
 * While the code of a screen opened first loads, nothing stands in its place (the shell around it is drawn). Said
 * once here for every screen loaded on demand; React Router otherwise warns, for each, that none was given.
 */
function withLoadingPlaceholders(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const placeholder = route.lazy ? { HydrateFallback: NothingYet } : {};
    return route.children
      ? { ...route, ...placeholder, children: withLoadingPlaceholders(route.children) }
      : ({ ...route, ...placeholder } as RouteObject);
  });
}

function NothingYet() {
  return null;
}
