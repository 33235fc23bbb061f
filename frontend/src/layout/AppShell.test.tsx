import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppShell } from './AppShell';

const session = vi.hoisted(() => ({ role: 'moderator' }));
vi.mock('../session/session', () => ({
  useUser: () => ({ id: 1, username: 'mod', role: session.role }),
  useSession: () => ({ signOut: vi.fn(), state: { status: 'signedIn' } }),
}));

function renderShellAt(path: string) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queries}>
      <RouterProvider router={createMemoryRouter([{ path: '*', element: <AppShell /> }], { initialEntries: [path] })} />
    </QueryClientProvider>,
  );
  return within(screen.getByRole('navigation', { name: 'Sections' }));
}

describe('the sections bar', () => {
  beforeEach(() => {
    // the back-office link's count of suggestions to review
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"count":0,"results":[]}', { headers: { 'Content-Type': 'application/json' } })));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    session.role = 'moderator';
  });

  it("takes a moderator straight to the back-office's catalog, and stays current on its other pages", () => {
    const sections = renderShellAt('/admin/suggestions');
    const admin = sections.getByRole('link', { name: 'Admin' });
    expect(admin).toHaveAttribute('href', '/admin/catalog');
    expect(admin).toHaveAttribute('aria-current', 'page');
    expect(admin).toHaveClass('active');
    expect(sections.getByRole('link', { name: 'Library' })).not.toHaveAttribute('aria-current');
  });

  it('takes an administrator to the overview', () => {
    session.role = 'admin';
    const sections = renderShellAt('/admin/users');
    const admin = sections.getByRole('link', { name: 'Admin' });
    expect(admin).toHaveAttribute('href', '/admin');
    expect(admin).toHaveAttribute('aria-current', 'page');
  });

  it('lights only the section shown', () => {
    const sections = renderShellAt('/library');
    expect(sections.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
    expect(sections.getByRole('link', { name: 'Admin' })).not.toHaveAttribute('aria-current');
    expect(sections.getByRole('link', { name: 'Admin' })).not.toHaveClass('active');
  });

  it('has no back-office link for a reader', () => {
    session.role = 'user';
    const sections = renderShellAt('/library');
    expect(sections.queryByRole('link', { name: 'Admin' })).toBeNull();
  });
});
