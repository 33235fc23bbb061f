import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aContent } from '../api/testData';
import { ContentEditorPage } from './ContentEditorPage';

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** The server of one series, 5, "Solo Climb", with no chapter nor reader; every request sent is recorded. */
function fakeServer() {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      sent.push(`${request.method} ${path}`);
      if (request.method === 'POST' && path === '/api/contents') {
        return json(aContent({ id: 6, title: 'Dune' }), 201);
      }
      if (path === '/api/contents/5' || path === '/api/contents/6') {
        return json(aContent({ id: Number(path.split('/').pop()), title: 'Solo Climb' }));
      }
      if (path.endsWith('/readers')) {
        return json({ readers: 0 });
      }
      return json({ count: 0, next: null, previous: null, results: [] });
    }),
  );
  return sent;
}

/** The editor at `path`, within the admin's routes: the catalog's list stands for every other screen. */
function renderEditor(path: string) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/admin/catalog', element: <p>the catalog</p> },
      { path: '/admin/catalog/contents/new', element: <ContentEditorPage /> },
      { path: '/admin/catalog/contents/:id', element: <ContentEditorPage /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={queries}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('the series editor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks before "Back to the catalog" loses the details typed, and stays when told to', async () => {
    fakeServer();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    renderEditor('/admin/catalog/contents/5');
    const title = await screen.findByRole('textbox', { name: /^title/i });
    await userEvent.type(title, ' (colored)');

    await userEvent.click(screen.getByRole('link', { name: '← Back to the catalog' }));

    await vi.waitFor(() => expect(confirm).toHaveBeenCalledWith('The series has changes not saved yet. Leave without saving them?'));
    expect(screen.queryByText('the catalog')).not.toBeInTheDocument();
    expect(title).toHaveValue('Solo Climb (colored)');

    confirm.mockReturnValue(true);
    await userEvent.click(screen.getByRole('link', { name: '← Back to the catalog' }));
    expect(await screen.findByText('the catalog')).toBeInTheDocument();
  });

  it('leaves without asking when nothing was changed', async () => {
    fakeServer();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    renderEditor('/admin/catalog/contents/5');
    await screen.findByRole('textbox', { name: /^title/i });

    await userEvent.click(screen.getByRole('link', { name: '← Back to the catalog' }));

    expect(await screen.findByText('the catalog')).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before leaving a new series half typed, and not once it is created', async () => {
    const sent = fakeServer();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const router = renderEditor('/admin/catalog/contents/new');
    await userEvent.type(await screen.findByRole('textbox', { name: /^title/i }), 'Dune');

    await userEvent.click(screen.getByRole('link', { name: '← Back to the catalog' }));
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('the catalog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/admin/catalog/contents/6'));
    expect(sent).toContain('POST /api/contents');
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});
