import { onlineManager, QueryClient, type Query } from '@tanstack/react-query';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { ApiError } from '../api/client';

// React Query assumes a connection until the browser says it lost one: an app opened offline must know at once
if (typeof navigator !== 'undefined') {
  onlineManager.setOnline(navigator.onLine);
}

export const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // what is kept on the device must outlive the screen that read it, or there is nothing to restore
      gcTime: 7 * 24 * 60 * 60 * 1000,
      // a 4xx will not get better by asking again
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

/** The reader's own entries (the library and its tab counts), kept so that the library opens offline. */
function kept(query: Query): boolean {
  return query.state.status === 'success' && query.queryKey[0] === 'entries';
}

const persister = createAsyncStoragePersister({
  storage: typeof window === 'undefined' ? undefined : window.localStorage,
  key: 'readtrack.cache',
  throttleTime: 1000,
});

export const persistence: Omit<PersistQueryClientOptions, 'queryClient'> = {
  persister,
  maxAge: 7 * 24 * 60 * 60 * 1000,
  // taps made offline (paused mutations) are kept too, and sent when the connection returns
  dehydrateOptions: { shouldDehydrateQuery: kept },
};

/** Signing out leaves nothing of the reader's list on the device. */
export async function forgetKeptData() {
  queries.clear();
  await persister.removeClient();
}
