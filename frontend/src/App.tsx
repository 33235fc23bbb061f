import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { RouterProvider } from 'react-router';
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
      // taps queued offline before a reload are sent once the kept data is back
      onSuccess={() => void queries.resumePausedMutations()}
    >
      <SessionProvider>
        <RouterProvider router={router} />
        <Toasts />
      </SessionProvider>
    </PersistQueryClientProvider>
  );
}
