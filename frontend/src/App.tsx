import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { RouterProvider } from 'react-router';
import { Toaster } from 'sonner';
import { registerAdvance } from './library/advanceQueue';
import { persistence, queries } from './offline/queryClient';
import { router } from './routes';
import { SessionProvider } from './session/session';

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
        <Toaster position="bottom-center" richColors closeButton />
      </SessionProvider>
    </PersistQueryClientProvider>
  );
}
