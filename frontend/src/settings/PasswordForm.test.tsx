import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInPage } from '../session/SignInPage';
import { PasswordForm } from './PasswordForm';

const signOut = vi.fn(async () => undefined);
vi.mock('../session/session', () => ({
  useUser: () => ({ id: 3, username: 'ana' }),
  useSession: () => ({ state: { status: 'signedOut' }, signOut, signIn: vi.fn() }),
}));
vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

function json(body: unknown) {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

function renderWithClient(screenShown: React.ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>{screenShown}</MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('after a new password signs the reader out', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('the sign-in form has their name filled in, and the focus on the password', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ registration: 'open', password_reset: false })));
    const user = userEvent.setup();
    const form = renderWithClient(<PasswordForm />);
    await user.type(screen.getByLabelText('Current password'), 'Old-pass-1234');
    await user.type(screen.getByLabelText('New password'), 'New-pass-5678');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));
    await waitFor(() => expect(signOut).toHaveBeenCalled());
    form.unmount();

    renderWithClient(<SignInPage />);

    expect(screen.getByLabelText(/Username/)).toHaveValue('ana');
    expect(screen.getByLabelText(/^Password/)).toHaveFocus();
  });

  it('is not filled in on an ordinary visit', () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ registration: 'open', password_reset: false })));
    renderWithClient(<SignInPage />);

    expect(screen.getByLabelText(/Username/)).toHaveValue('');
    expect(screen.getByLabelText(/Username/)).toHaveFocus();
  });
});
