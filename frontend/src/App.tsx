import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { RouterProvider } from 'react-router';
import { readAgain } from './api/readAgain';
import { registerAdvance } from './library/advanceQueue';
import { persistence, queries } from './offline/queryClient';
import { router } from './routes';
import { SessionProvider } from './session/session';
import { Toasts } from './ui/Toasts';

registerAdvance(queries);

export function App() {
  return (
    <PersistQueryClientProvider
      client={queries}
      persistOptions={persistence}
      // what was kept is shown at once but asked again (it may be days old); taps queued offline are sent
      onSuccess={() => void queries.resumePausedMutations().then(() => readAgain(queries))}
    >
      <SessionProvider>
        <RouterProvider router={router} />
        <Toasts />
      </SessionProvider>
    </PersistQueryClientProvider>
  );
}
