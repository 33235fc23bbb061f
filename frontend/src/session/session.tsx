import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, data, onSessionChange, refreshSession, setAccessToken, type User } from '../api/client';
import { applyPreferences } from '../preferences/applyPreferences';

type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  /** The server could not be reached to renew the login: it may still be valid. */
  | { status: 'offline' }
  | { status: 'signedIn'; user: User };

interface Session {
  state: SessionState;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Reads the account again, after the user changed it. */
  reload(): Promise<void>;
  /** Tries to renew the login again (after being offline). */
  resume(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function currentUser(): Promise<User> {
  return data(await api.GET('/api/auth/me'));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const queries = useQueryClient();

  const reload = useCallback(async () => {
    const user = await currentUser();
    // the account's language and theme, on whatever device it signs in
    applyPreferences(user.preferences);
    setState({ status: 'signedIn', user });
  }, []);

  const resume = useCallback(async () => {
    // a reload: the cookie may still hold a login
    const renewal = await refreshSession();
    if (renewal === 'renewed') {
      await reload().catch(() => setState({ status: 'offline' }));
    } else {
      setState({ status: renewal });
    }
  }, [reload]);

  useEffect(() => {
    void resume();
    // a refresh that failed later (the login expired or was revoked elsewhere) ends the session here too
    return onSessionChange((signedIn) => {
      if (!signedIn) {
        setState({ status: 'signedOut' });
        queries.clear();
      }
    });
  }, [resume, queries]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const pair = data(await api.POST('/api/auth/login', { body: { username, password }, params: { query: { cookie: true } } }));
      setAccessToken(pair.access ?? null);
      await reload();
    },
    [reload],
  );

  const signOut = useCallback(async () => {
    // the cookie's token is revoked on the server; a failure here still ends the session in this tab
    await api.POST('/api/auth/logout', {}).catch(() => undefined);
    setAccessToken(null);
  }, []);

  const session = useMemo(() => ({ state, signIn, signOut, reload, resume }), [state, signIn, signOut, reload, resume]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession outside SessionProvider');
  }
  return session;
}

/** The signed-in user; only for screens behind {@link RequireSignIn}. */
export function useUser(): User {
  const { state } = useSession();
  if (state.status !== 'signedIn') {
    throw new Error('useUser without a signed-in user');
  }
  return state.user;
}
