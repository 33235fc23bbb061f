import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, NavLink } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PendingSuggestionsBadge } from './PendingSuggestionsBadge';

const session = vi.hoisted(() => ({ role: 'moderator' }));
vi.mock('../session/session', () => ({ useUser: () => ({ id: 1, username: 'mod', role: session.role }) }));

/** The server has this many pending suggestions; every request is recorded. */
function pendingOnServer(count: number) {
  const fetch = vi.fn(async (_: Request) =>
    new Response(JSON.stringify({ count, results: [] }), { headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderAdminLink() {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queries}>
      <MemoryRouter>
        <NavLink to="/admin">
          Admin
          <PendingSuggestionsBadge />
        </NavLink>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the count of suggestions to review', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    session.role = 'moderator';
  });

  it('shows beside the link, and names itself in the link for a screen reader', async () => {
    const fetch = pendingOnServer(3);
    renderAdminLink();
    expect(await screen.findByRole('link', { name: 'Admin (3 suggestions to review)' })).toHaveTextContent('Admin3');
    const asked = new URL(fetch.mock.calls[0][0].url);
    expect(asked.pathname).toBe('/api/suggestions');
    expect(asked.searchParams.get('status')).toBe('pending');
  });

  it('shows 99+ past 99', async () => {
    pendingOnServer(250);
    renderAdminLink();
    expect(await screen.findByRole('link', { name: 'Admin (250 suggestions to review)' })).toHaveTextContent('Admin99+');
  });

  it('shows nothing when none wait', async () => {
    const fetch = pendingOnServer(0);
    renderAdminLink();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(screen.getByRole('link')).toHaveTextContent(/^Admin$/);
  });

  it('asks nothing for a reader, who reviews nothing', () => {
    session.role = 'user';
    const fetch = pendingOnServer(3);
    renderAdminLink();
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.getByRole('link')).toHaveTextContent(/^Admin$/);
  });
});
