import { onlineManager, QueryClient, type Mutation, type Query } from '@tanstack/react-query';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { ApiError } from '../api/client';
import { beforeSignOut } from '../session/signOutHooks';

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
    // a form sent offline fails at once and says so beside its button, rather than waiting unseen and being applied
    // later, when the reader has moved on; only the changes marked KEPT_OFFLINE wait for the connection
    mutations: { networkMode: 'always' },
  },
});

/**
 * The reader's own entries (the library and its tab counts), kept so that the library opens offline. Not the
 * catalog's set of tracked contents: a Set is stored as JSON, which makes it `{}`, and the catalog page then
 * failed on the next start. Nor the counts of a series' readers, refreshed with the entries but not the reader's
 * own: every series page opened would be stored for a week. Nor the reader's recent changes, pages of history.
 */
const NOT_KEPT = new Set<unknown>(['tracked-contents', 'readers', 'recent-changes']);

function kept(query: Query): boolean {
  return query.state.status === 'success' && query.queryKey[0] === 'entries' && !NOT_KEPT.has(query.queryKey[1]);
}

/**
 * What marks a kind of change as kept on the device while it waits for the connection (its `meta`, with
 * `networkMode: 'online'`): only the "next chapter" taps. Any other form sent offline fails on its screen instead,
 * and is never written to storage: its fields may be a password change's passwords, or a whole imported file.
 */
export const KEPT_OFFLINE = { keptOffline: true } as const;

const keptOffline = (mutation: Mutation) => mutation.options.meta?.keptOffline === true;

function keptChange(mutation: Mutation): boolean {
  return mutation.state.isPaused && keptOffline(mutation);
}

const persister = createAsyncStoragePersister({
  storage: typeof window === 'undefined' ? undefined : window.localStorage,
  key: 'readtrack.cache',
  throttleTime: 1000,
});

export const persistence: Omit<PersistQueryClientOptions, 'queryClient'> = {
  persister,
  maxAge: 7 * 24 * 60 * 60 * 1000,
  // taps made offline are kept too, and sent when the connection returns
  dehydrateOptions: { shouldDehydrateQuery: kept, shouldDehydrateMutation: keptChange },
};

/**
 * How many changes wait on the device for the connection (taps made offline): signing out now would drop them, the
 * token to send them with being gone.
 */
export function changesWaitingOffline(): number {
  return onlineManager.isOnline() ? 0 : queries.getMutationCache().findAll({ predicate: keptChange }).length;
}

/**
 * Until the changes kept offline still out have been answered, 5 s at most: once the connection is back, signing
 * out sends them with the reader's token before it goes.
 */
export async function sendWaitingChanges(client: QueryClient = queries) {
  if (!onlineManager.isOnline()) {
    return;
  }
  const cache = client.getMutationCache();
  const waiting = () => cache.findAll({ status: 'pending', predicate: keptOffline });
  void client.resumePausedMutations();
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, 5000);
    const unsubscribe = cache.subscribe(() => {
      if (waiting().length === 0) {
        done();
      }
    });
    if (waiting().length === 0) {
      done();
    }
  });
}

beforeSignOut(sendWaitingChanges);

/** Signing out leaves nothing of the reader's list on the device. */
export async function forgetKeptData() {
  queries.clear();
  await persister.removeClient();
}
