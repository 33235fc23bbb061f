import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenError } from './ScreenError';

function Broken(): never {
  throw new Error('drawing failed');
}

/** A frame with a link to every screen, as the app's sections are, and its screens behind one error element. */
function routerAt(path: string, lazy: () => Promise<never>) {
  return createMemoryRouter(
    [
      {
        element: (
          <>
            <nav>
              <Link to="/library">Library</Link>
            </nav>
            <Outlet />
          </>
        ),
        children: [
          {
            errorElement: <ScreenError />,
            children: [
              { path: '/library', element: <h1>My library</h1> },
              { path: '/stats', lazy },
              { path: '/broken', element: <Broken /> },
            ],
          },
        ],
      },
    ],
    { initialEntries: [path] },
  );
}

describe('a screen that fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('whose code cannot be loaded says so in the reader’s words and offers to try again, the sections still there', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = routerAt('/library', () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/StatsPage-1a2b.js')),
    );
    render(<RouterProvider router={router} />);
    await act(() => router.navigate('/stats'));

    expect(await screen.findByRole('heading', { name: 'This screen could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Check your connection, then try again.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Library' })).toBeInTheDocument();
    expect(screen.queryByText(/Hey developer/)).toBeNull();
  });

  it('whose style sheet cannot be loaded says so too, as a connection to check', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = routerAt('/library', () => Promise.reject(new Error('Unable to preload CSS for /assets/StatsPage-9f8e.css')));
    render(<RouterProvider router={router} />);
    await act(() => router.navigate('/stats'));
    expect(await screen.findByRole('heading', { name: 'This screen could not be loaded' })).toBeInTheDocument();
  });

  it('that breaks while drawing says nothing saved is lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<RouterProvider router={routerAt('/broken', () => Promise.reject(new Error('unused')))} />);

    expect(await screen.findByRole('heading', { name: 'Something went wrong on this screen' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing you saved is lost.');
  });
});
