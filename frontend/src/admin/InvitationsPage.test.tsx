import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Invitation } from './invitations';
import { InvitationsPage } from './InvitationsPage';

// outside the app's session: dates in the device's zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A server whose registration is `registration`, with no invitation until one is created (then revoked). */
function fakeServer(registration: 'open' | 'invite' | 'closed' = 'invite') {
  const invitations: Invitation[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/config') {
        return json({ registration, password_reset: false });
      }
      if (request.method === 'POST') {
        const created: Invitation = {
          id: 7,
          token: 'abc',
          url: `${window.location.origin}/register?invitation=abc`,
          email: null,
          expires_at: '2099-01-01T00:00:00Z',
          used_at: null,
          revoked: false,
        };
        invitations.push({ ...created, token: null, url: null });
        return json(created, 201);
      }
      if (request.method === 'DELETE') {
        invitations[0] = { ...invitations[0], revoked: true };
        return new Response(null, { status: 204 });
      }
      return json({ count: invitations.length, next: null, previous: null, results: invitations });
    }),
  );
}

function renderPage() {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <InvitationsPage />
    </QueryClientProvider>,
  );
}

describe('the invitations', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('no longer offer the link of the invitation just created once it is revoked', async () => {
    fakeServer();
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Create the invitation' }));
    expect(await screen.findByRole('textbox', { name: 'Invitation link' })).toBeVisible();

    await userEvent.click(await screen.findByRole('button', { name: 'Revoke the invitation for Anyone with the link' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, revoke' }));

    expect(await screen.findByText('The invitation just created is revoked: its link no longer works.')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Invitation link' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy the link' })).toBeNull();
  });

  it('say that none is needed where registration is open', async () => {
    fakeServer('open');
    renderPage();
    expect(await screen.findByText(/^Registration is open: anyone can create an account\./)).toBeVisible();
  });

  it('say nothing of registration where it is by invitation', async () => {
    fakeServer('invite');
    renderPage();
    await screen.findByText('No invitation yet.');
    expect(screen.queryByText(/^Registration is/)).toBeNull();
  });
});
