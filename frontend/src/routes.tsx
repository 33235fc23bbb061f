import { createBrowserRouter, Navigate } from 'react-router';
import { adminRoutes } from './admin/routes';
import { catalogRoutes } from './catalog/routes';
import { feedRoutes } from './feed/routes';
import { AppShell } from './layout/AppShell';
import { libraryRoutes } from './library/routes';
import { NotFoundPage } from './layout/NotFoundPage';
import { ScreenError } from './layout/ScreenError';
import { profileRoutes } from './profiles/routes';
import { RequireSignIn } from './session/RequireSignIn';
import { SignInPage } from './session/SignInPage';
import { settingsRoutes } from './settings/routes';
import { statsRoutes } from './stats/routes';

/**
 * What shows while the screen first opened loads its code (a lazy route): nothing, for the instant it takes. Said
 * once, on a route above all others, so that React Router does not warn of its absence on every start.
 */
function StartingUp() {
  return null;
}

/** Each feature lists its own screens in its `routes.tsx`; this file only puts them behind sign-in. */
export const router = createBrowserRouter([
  {
    HydrateFallback: StartingUp,
    // before sign-in, or should the app's frame itself fail
    errorElement: <ScreenError />,
    children: [
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
          {
            // a screen that fails keeps the sections around it: the reader can go elsewhere
            errorElement: <ScreenError />,
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
        ],
      },
    ],
  },
]);
