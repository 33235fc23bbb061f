import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegisterPage } from './RegisterPage';
import { SessionProvider } from './session';
import { SignInPage } from './SignInPage';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A server in the given registration mode, signed out, that records what registration is sent. */
function fakeServer(config: { registration: string; password_reset: boolean }) {
  const registrations: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string) => {
      const request = typeof input === 'string' ? new Request(input, { method: 'POST' }) : input;
      const path = new URL(request.url).pathname;
      if (path === '/api/config') {
        return json(200, config);
      }
      if (path === '/api/auth/register/check') {
        const { invitation } = await request.json();
        return invitation === 'inv-used'
          ? json(400, { title: 'Bad Request', detail: 'Invalid input.', errors: { invitation: ['This invitation has already been used.'] } })
          : json(200, { email: invitation === 'inv-carol' ? 'carol@example.org' : null, expires_at: '2026-12-20T00:00:00Z' });
      }
      if (path === '/api/auth/register') {
        registrations.push(await request.json());
        return json(400, { title: 'Bad Request', detail: 'Invalid input.', errors: { invitation: ['This invitation has already been used.'] } });
      }
      return json(401, { title: 'Unauthorized', detail: 'No session.' });
    }),
  );
  return registrations;
}

function renderAt(path: string) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/sign-in" element={<SignInPage />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

describe('registration as the server allows it', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the invitation of the link, and shows why it was refused', async () => {
    const registrations = fakeServer({ registration: 'invite', password_reset: false });
    renderAt('/register?invitation=inv-42');

    await userEvent.type(await screen.findByLabelText('Username'), 'alice');
    await userEvent.type(screen.getByLabelText('Email'), 'alice@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'Sturdy-Passphrase-42');
    await userEvent.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has already been used.');
    expect(registrations).toEqual([{ username: 'alice', email: 'alice@example.org', password: 'Sturdy-Passphrase-42', invitation: 'inv-42' }]);
  });

  it('says at once that the link of an invitation no longer works, before anything is typed', async () => {
    const registrations = fakeServer({ registration: 'invite', password_reset: false });
    renderAt('/register?invitation=inv-used');

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has already been used. Ask the administrator for a new invitation.');
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument();
    expect(registrations).toEqual([]);
  });

  it('fills in and keeps the address an invitation is for', async () => {
    fakeServer({ registration: 'invite', password_reset: false });
    renderAt('/register?invitation=inv-carol');

    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveValue('carol@example.org'));
    expect(screen.getByLabelText('Email')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('The invitation is for this address.');
  });

  it('says an invitation is needed when there is none', async () => {
    fakeServer({ registration: 'invite', password_reset: false });
    renderAt('/register');

    expect(await screen.findByText(/You need an invitation to register here/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument();
  });

  it('says registration is closed, and sign-in offers no registering, but still the way back into an account', async () => {
    fakeServer({ registration: 'closed', password_reset: false });
    renderAt('/register?invitation=inv-42');

    expect(await screen.findByText(/Registration is closed on this server/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create an account' })).not.toBeInTheDocument();
    // without mail, the page it leads to says to ask the administrator for a reset link
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute('href', '/forgot-password');
  });

  it('says on sign-in that accounts come by invitation, rather than offer a registration that would stop short', async () => {
    fakeServer({ registration: 'invite', password_reset: true });
    renderAt('/sign-in');

    expect(await screen.findByText(/Accounts are by invitation on this server/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create an account' })).not.toBeInTheDocument();
  });

  it('offers registering and a password reset on sign-in when the server does', async () => {
    fakeServer({ registration: 'open', password_reset: true });
    renderAt('/sign-in');

    expect(await screen.findByRole('link', { name: 'Forgot your password?' })).toHaveAttribute('href', '/forgot-password');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Create an account' })).toBeInTheDocument());
  });
});
