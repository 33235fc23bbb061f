import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { toast } from 'sonner';
import { describe, expect, it, vi } from 'vitest';
import { RequireRole } from './RequireSignIn';
import { administers } from './roles';

vi.mock('sonner', () => ({ toast: vi.fn() }));
vi.mock('./session', () => ({
  useSession: () => ({ state: { status: 'signedIn', user: { id: 1, username: 'mod', role: 'moderator' } } }),
}));

describe('a page for some roles only', () => {
  it('sends the others elsewhere, and tells them why', async () => {
    render(
      <MemoryRouter initialEntries={['/admin/users']}>
        <Routes>
          <Route
            path="/admin/users"
            element={
              <RequireRole allowed={administers} elsewhere="/admin/catalog" refusal="onlyAdministrators">
                <p>Users</p>
              </RequireRole>
            }
          />
          <Route path="/admin/catalog" element={<p>Catalog</p>} />
        </Routes>
      </MemoryRouter>,
    );

    expect(await screen.findByText('Catalog')).toBeInTheDocument();
    expect(screen.queryByText('Users')).toBeNull();
    await vi.waitFor(() =>
      expect(toast).toHaveBeenCalledWith('Only administrators can open that page.', expect.objectContaining({ id: 'sent-elsewhere' })),
    );
  });
});
