import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { RouterProvider } from 'react-router';
import { readAgain } from './api/readAgain';
import { registerAdvance } from './library/advanceQueue';
import { persistence, queries } from './offline/queryClient';
import { useAppliedTheme } from './preferences/theme';
import { router } from './routes';
import { SessionProvider } from './session/session';
import { Toasts } from './ui/Toasts';

registerAdvance(queries);

export function App() {
  const theme = useAppliedTheme();
  return (
    <PersistQueryClientProvider
      client={queries}
      persistOptions={persistence}
      // what was kept is shown at once but asked again (it may be days old); taps queued offline are sent
      onSuccess={() => void queries.resumePausedMutations().then(() => readAgain(queries))}
    >
      <SessionProvider>
        <RouterProvider router={router} />
        {/* sonner paints its toasts light unless told: they follow the reader's theme like the page */}
        <Toasts theme={theme} />
      </SessionProvider>
    </PersistQueryClientProvider>
  );
}
