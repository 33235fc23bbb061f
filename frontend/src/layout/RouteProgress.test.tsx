import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RouteProgress } from './RouteProgress';

describe('the bar of a screen on its way', () => {
  it('shows while the next screen loads, over the one still shown, and goes once it is there', async () => {
    let arrive: () => void = () => undefined;
    const router = createMemoryRouter(
      [
        {
          element: (
            <>
              <RouteProgress />
              <Outlet />
            </>
          ),
          children: [
            { path: '/library', element: <h1>My library</h1> },
            {
              path: '/stats',
              lazy: () => new Promise((resolve) => (arrive = () => resolve({ Component: () => <h1>Statistics</h1> }))),
            },
          ],
        },
      ],
      { initialEntries: ['/library'] },
    );
    render(<RouterProvider router={router} />);
    expect(screen.queryByRole('progressbar')).toBeNull();

    let navigated: Promise<void> = Promise.resolve();
    act(() => {
      navigated = router.navigate('/stats');
    });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My library' })).toBeInTheDocument();

    await act(async () => {
      arrive();
      await navigated;
    });
    expect(await screen.findByRole('heading', { name: 'Statistics' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
