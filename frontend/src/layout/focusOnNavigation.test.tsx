import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, Navigate, Outlet, RouterProvider } from 'react-router';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ANOTHER_SCREEN, useFocusOnNavigation } from './focusOnNavigation';

function Shell() {
  useFocusOnNavigation();
  return (
    <>
      <nav>
        <Link to="/catalog">Catalog</Link>
        <Link to="/library">Library</Link>
      </nav>
      <main tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** A screen whose heading comes a moment after it (its words loading), its search field at once. */
function SlowScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 50);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      {ready && <h1>Suggest</h1>}
      <input aria-label="Title" />
    </>
  );
}

function renderApp(start: string) {
  const router = createMemoryRouter(
    [
      {
        element: <Shell />,
        children: [
          { path: '/', element: <Navigate to="/library" replace /> },
          { path: '/library', element: <h1>My library</h1> },
          { path: '/suggest', element: <SlowScreen /> },
          {
            path: '/catalog',
            element: (
              <>
                <h1>Catalog</h1>
                <input aria-label="Search" />
              </>
            ),
          },
        ],
      },
    ],
    { initialEntries: [start] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const frame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)));

describe('the focus on another screen', () => {
  it('goes to its heading when a link is followed, and when Back is pressed', async () => {
    const router = renderApp('/library');
    await userEvent.click(screen.getByRole('link', { name: 'Catalog' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Catalog' })).toHaveFocus());

    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'My library' })).toHaveFocus());
  });

  it('stays where it is on the first screen, and on a screen one is sent on to', async () => {
    renderApp('/');
    await screen.findByRole('heading', { name: 'My library' });
    await frame();
    await frame();
    expect(document.body).toHaveFocus();
  });

  it('is not taken from a field the reader went to while the screen was loading', async () => {
    const router = renderApp('/library');
    await act(() => router.navigate('/suggest'));
    screen.getByRole('textbox', { name: 'Title' }).focus();
    await screen.findByRole('heading', { name: 'Suggest' });
    await frame();
    await frame();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus();
  });

  it('goes to the heading of a screen that replaces another at the reader’s doing, as a series created or deleted', async () => {
    const router = renderApp('/library');
    await act(() => router.navigate('/catalog', { replace: true, state: ANOTHER_SCREEN }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Catalog' })).toHaveFocus());

    // replaced without it, the screen is one the reader is sent on to
    await act(() => router.navigate('/suggest', { replace: true }));
    await screen.findByRole('heading', { name: 'Suggest' });
    await frame();
    await frame();
    expect(screen.getByRole('heading', { name: 'Suggest' })).not.toHaveFocus();
  });
});
