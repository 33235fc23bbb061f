import { createBrowserRouter, Navigate } from 'react-router';
import { adminRoutes } from './admin/routes';
import { catalogRoutes } from './catalog/routes';
import { feedRoutes } from './feed/routes';
import { AppShell } from './layout/AppShell';
import { libraryRoutes } from './library/routes';
import { NotFoundPage } from './layout/NotFoundPage';
import { ForgotPasswordPage } from './session/ForgotPasswordPage';
import { RegisterPage } from './session/RegisterPage';
import { RequireSignIn } from './session/RequireSignIn';
import { ResetPasswordPage } from './session/ResetPasswordPage';
import { SignInPage } from './session/SignInPage';
import { settingsRoutes } from './settings/routes';
import { statsRoutes } from './stats/routes';

/** Each feature lists its own screens in its `routes.tsx`; this file only puts them behind sign-in. */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/register', element: <RegisterPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
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
      ...adminRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
