import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, data, onSessionChange, refreshSession, setAccessToken, type User } from '../api/client';
import { forgetKeptData } from '../offline/queryClient';
import { applyPreferences } from '../preferences/applyPreferences';
import { notify } from '../ui/toasts';
import { runBeforeSignOut } from './signOutHooks';

type SessionState =
  | { status: 'loading' }
  /** `byReader`: they asked to (Sign out), rather than their login ending. */
  | { status: 'signedOut'; byReader?: boolean }
  /** The server could not be reached to renew the login, and nobody signed in on this device before. */
  | { status: 'offline' }
  /** `offline`: the login could not be renewed for want of a connection; the app shows what the device kept. */
  | { status: 'signedIn'; user: User; offline?: boolean };

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

/** Who signed in last on this device: an offline start shows their kept library instead of a dead end. */
const REMEMBERED = 'readtrack.user';

function remembered(): User | null {
  try {
    return JSON.parse(localStorage.getItem(REMEMBERED) ?? 'null') as User | null;
  } catch {
    return null;
  }
}

async function forget() {
  localStorage.removeItem(REMEMBERED);
  await forgetKeptData();
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const user = await currentUser();
    localStorage.setItem(REMEMBERED, JSON.stringify(user));
    // the account's language and theme, on whatever device it signs in
    applyPreferences(user.preferences);
    setState({ status: 'signedIn', user });
  }, []);

  const offline = useCallback(() => {
    const user = remembered();
    setState(user ? { status: 'signedIn', user, offline: true } : { status: 'offline' });
  }, []);

  const resume = useCallback(async () => {
    // a reload: the cookie may still hold a login
    const renewal = await refreshSession();
    if (renewal === 'renewed') {
      await reload().catch(offline);
    } else if (renewal === 'offline') {
      offline();
    } else {
      await forget();
      setState({ status: 'signedOut' });
    }
  }, [reload, offline]);

  useEffect(() => {
    if (remembered()) {
      void resume();
    } else {
      // nobody signed in on this device (or they signed out): no login cookie to renew, no refused request
      setState({ status: 'signedOut' });
    }
    // a refresh that failed later (the login expired or was revoked elsewhere) ends the session here too
    return onSessionChange((signedIn) => {
      if (!signedIn) {
        setState({ status: 'signedOut' });
        void forget();
      }
    });
  }, [resume]);

  // back online after an offline start: renew the login, and the taps kept meanwhile go out
  const waitingForNetwork = state.status === 'offline' || (state.status === 'signedIn' && state.offline === true);
  useEffect(() => {
    if (!waitingForNetwork) {
      return undefined;
    }
    const retry = () => void resume();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [waitingForNetwork, resume]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const pair = data(await api.POST('/api/auth/login', { body: { username, password }, params: { query: { cookie: true } } }));
      setAccessToken(pair.access ?? null);
      await reload();
    },
    [reload],
  );

  const signOut = useCallback(async () => {
    await runBeforeSignOut();
    // the cookie's token is revoked on the server; a failure here still ends the session in this tab
    await api.POST('/api/auth/logout', {}).catch(() => undefined);
    setAccessToken(null);
    // the next to sign in on this device starts at their own library, not at the page this reader left
    setState({ status: 'signedOut', byReader: true });
    notify.dismiss();
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
