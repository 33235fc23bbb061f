import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Spends the live token as another tab would, between the page's check and its submission. */
let spendElsewhere = () => {};

/**
 * A server with one live token: it works once, and refuses a weak password without spending itself. What `sent`
 * lists leaves out the checks of a token, which change nothing.
 */
function fakeServer(liveToken: string, passwordReset = true) {
  const sent: { path: string; body: unknown; language: string | null }[] = [];
  let spent = false;
  spendElsewhere = () => {
    spent = true;
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/config') {
        return json(200, { registration: 'open', password_reset: passwordReset });
      }
      const body = (await request.json()) as Record<string, string>;
      if (path === '/api/auth/password/reset/check') {
        return body.token === liveToken && !spent
          ? new Response(null, { status: 204 })
          : json(400, { title: 'Bad Request', detail: 'Invalid input.', errors: { token: ['This password reset link is invalid or has expired.'] } });
      }
      sent.push({ path, body, language: request.headers.get('Accept-Language') });
      if (path === '/api/auth/password/reset') {
        return new Response(null, { status: 202 });
      }
      if (body.token !== liveToken || spent) {
        return json(400, { title: 'Bad Request', detail: 'Invalid input.', errors: { token: ['This password reset link is invalid or has expired.'] } });
      }
      if (body.new_password.length < 8) {
        return json(400, { title: 'Bad Request', detail: 'Invalid input.', errors: { new_password: ['This password is too short.'] } });
      }
      spent = true;
      return new Response(null, { status: 204 });
    }),
  );
  return sent;
}

function renderAt(path: string) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/sign-in" element={<p>Sign-in page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('setting a new password from the mailed link', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends the link's token with the new password, then leads to signing in", async () => {
    const sent = fakeServer('tok-123');
    renderAt('/reset-password?token=tok-123');

    await userEvent.type(screen.getByLabelText('New password'), 'Another-Passphrase-77');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your password has been changed');
    // the page says what happened, and the way on has the focus the form held
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Password changed');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveFocus();
    expect(sent).toEqual([
      { path: '/api/auth/password/reset/confirm', body: { token: 'tok-123', new_password: 'Another-Passphrase-77' }, language: null },
    ]);
    await userEvent.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(screen.getByText('Sign-in page')).toBeInTheDocument();
  });

  it("shows the policy's refusal beside the password, and the link still works", async () => {
    fakeServer('tok-123');
    renderAt('/reset-password?token=tok-123');
    const password = screen.getByLabelText('New password');

    await userEvent.type(password, 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(/too short/));

    await userEvent.clear(password);
    await userEvent.type(password, 'Another-Passphrase-77');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your password has been changed');
  });

  it('says at once when the link is used or expired, before a password is typed, and offers a new one', async () => {
    fakeServer('tok-123');
    renderAt('/reset-password?token=old-token');

    expect(await screen.findByRole('alert')).toHaveTextContent('This link is invalid or has expired');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
  });

  it('says so too when the link was used elsewhere while the page was open', async () => {
    const sent = fakeServer('tok-123');
    renderAt('/reset-password?token=tok-123');
    await userEvent.type(screen.getByLabelText('New password'), 'Another-Passphrase-77');

    spendElsewhere();
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This link is invalid or has expired');
    expect(sent.map((request) => request.path)).toEqual(['/api/auth/password/reset/confirm']);
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toBeInTheDocument();
  });

  it('says so at once when the link has no token', () => {
    fakeServer('tok-123');
    renderAt('/reset-password');

    expect(screen.getByRole('alert')).toHaveTextContent('This link is invalid or has expired');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});

describe('asking for a reset link', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the same whatever the address, and asks for the mail in the language of the page', async () => {
    const sent = fakeServer('tok-123');
    renderAt('/forgot-password');

    await userEvent.type(screen.getByLabelText('Email'), 'nobody@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent('If an account has the address nobody@example.org, a link');
    expect(screen.getByRole('status')).toHaveFocus(); // not the page, where the form's button left it
    expect(sent).toEqual([{ path: '/api/auth/password/reset', body: { email: 'nobody@example.org' }, language: 'en' }]);
  });
});

describe('a server without password reset by mail', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says so before the reader types anything, on both screens', async () => {
    const sent = fakeServer('tok-123', false);
    renderAt('/forgot-password');

    expect(await screen.findByText(/not enabled on this server/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it("sets the password with a link an administrator made", async () => {
    const sent = fakeServer('tok-123', false);
    renderAt('/reset-password?token=tok-123');

    await userEvent.type(await screen.findByLabelText('New password'), 'Another-Passphrase-77');
    await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your password has been changed');
    expect(sent.map((request) => request.path)).toEqual(['/api/auth/password/reset/confirm']);
  });

  it('sends the reader of a dead link to the administrator, not to a mail that will not come', async () => {
    fakeServer('tok-123', false);
    renderAt('/reset-password?token=old-token');

    expect(await screen.findByRole('alert')).toHaveTextContent('This link is invalid or has expired');
    expect(await screen.findByText(/ask its administrator for a password reset link/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ask for a new link' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Back to sign in' }));
    expect(screen.getByText('Sign-in page')).toBeInTheDocument();
  });
});
