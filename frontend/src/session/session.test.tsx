import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SessionProvider, useSession } from './session';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function State() {
  const { state } = useSession();
  return <p>{state.status === 'signedIn' ? `signed in as ${state.user.username}` : state.status}</p>;
}

function requestsTo(fetch: ReturnType<typeof vi.fn>) {
  return fetch.mock.calls.map(([input]) => new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname);
}

describe('the session at start', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('asks nothing of the server when nobody signed in on this device', async () => {
    const fetch = vi.fn(async () => json(401, { title: 'Unauthorized' }));
    vi.stubGlobal('fetch', fetch);

    render(<SessionProvider><State /></SessionProvider>);

    expect(await screen.findByText('signedOut')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renews the login from the cookie when someone signed in here before', async () => {
    localStorage.setItem('readtrack.user', JSON.stringify({ id: 3, username: 'ana' }));
    const fetch = vi.fn(async (input: Request | string) => {
      const url = input instanceof Request ? input.url : input;
      return url.includes('/api/auth/refresh') ? json(200, { access: 'fresh' }) : json(200, { id: 3, username: 'ana', preferences: {} });
    });
    vi.stubGlobal('fetch', fetch);

    render(<SessionProvider><State /></SessionProvider>);

    expect(await screen.findByText('signed in as ana')).toBeInTheDocument();
    expect(requestsTo(fetch)).toEqual(['/api/auth/refresh/', '/api/auth/me']);
  });
});
