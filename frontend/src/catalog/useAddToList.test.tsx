import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { toast, Toaster } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../api/client';
import { aContent, anEntry } from '../api/testData';
import { CatalogPage } from './CatalogPage';
import { asksForChapter } from './setChapter';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results });
const series = aContent({ id: 9, title: 'Frieren' });

/** A server with one series in its catalog, which the reader's list holds once added; the changes sent, in order. */
function stubServer({ alreadyTracked = false } = {}) {
  let list: Entry[] = [];
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method !== 'GET') {
        sent.push(`${request.method} ${pathname}`);
      }
      if (request.method === 'POST' && pathname === '/api/progress') {
        const { status } = (await request.json()) as { status?: Entry['status'] };
        list = [anEntry({ id: 7, content: 9, content_detail: series, status: status ?? 'reading' })];
        return alreadyTracked ? json(409, { detail: 'Already tracked', existing_id: 7 }) : json(201, list[0]);
      }
      if (request.method === 'DELETE' && pathname === '/api/progress/7') {
        list = [];
        return new Response(null, { status: 204 });
      }
      if (pathname === '/api/progress') {
        return json(200, page(list));
      }
      if (pathname === '/api/contents') {
        return json(200, page([series]));
      }
      return json(200, page([]));
    }),
  );
  return sent;
}

/** The series page, as far as these tests go: whether it was asked to take the reader to the last chapter field. */
function SeriesPage() {
  return <p>{asksForChapter(useLocation().state) ? 'asked for the chapter' : 'series page'}</p>;
}

function renderCatalog() {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/catalog', element: <CatalogPage /> },
      { path: '/contents/:id', element: <SeriesPage /> },
    ],
    { initialEntries: ['/catalog'] },
  );
  render(
    <QueryClientProvider client={queries}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  return router;
}

/** Presses a toast's button from the keyboard (sonner's pointer handling needs pointer capture, which jsdom lacks). */
async function press(user: ReturnType<typeof userEvent.setup>, button: HTMLElement) {
  button.focus();
  await user.keyboard('{Enter}');
}

/** The toast that says `text`, to look for its buttons in. */
async function toastSaying(text: string) {
  return (await screen.findByText(text)).closest<HTMLElement>('[data-sonner-toast]')!;
}

describe('the toast of a series added from the catalog', () => {
  afterEach(() => {
    act(() => toast.dismiss());
    vi.unstubAllGlobals();
  });

  it('takes the series back out of the list with Undo: its card offers Add again, with the focus', async () => {
    const sent = stubServer();
    const user = userEvent.setup();
    renderCatalog();

    await user.click(await screen.findByRole('button', { name: 'Add to my list: Frieren' }));
    const added = await toastSaying('Frieren added to your list');
    await waitFor(() => expect(screen.getByRole('link', { name: 'In my list: Frieren' })).toHaveFocus());
    await press(user, within(added).getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Frieren removed from your list')).toBeInTheDocument();
    expect(sent).toEqual(['POST /api/progress', 'DELETE /api/progress/7']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add to my list: Frieren' })).toHaveFocus());
    expect(screen.queryByRole('link', { name: 'In my list: Frieren' })).toBeNull();
  });

  it('takes the reader to the series page with Set chapter, asking for the chapter they are at', async () => {
    stubServer();
    const user = userEvent.setup();
    const router = renderCatalog();

    await user.click(await screen.findByRole('button', { name: 'Add to my list: Frieren' }));
    await press(user, within(await toastSaying('Frieren added to your list')).getByRole('button', { name: 'Set chapter' }));

    expect(await screen.findByText('asked for the chapter')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/contents/9');
  });

  it('offers Undo alone for a series kept for later: there is no chapter to set yet', async () => {
    stubServer();
    const user = userEvent.setup();
    renderCatalog();

    await user.click(await screen.findByRole('button', { name: 'Plan to read: Frieren' }));

    const added = await toastSaying('Frieren added to your list, to read later');
    expect(within(added).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(within(added).queryByRole('button', { name: 'Set chapter' })).toBeNull();
  });

  it('offers nothing to take back for a series that was already in the list: this press made no entry', async () => {
    const sent = stubServer({ alreadyTracked: true });
    const user = userEvent.setup();
    renderCatalog();

    await user.click(await screen.findByRole('button', { name: 'Add to my list: Frieren' }));

    const said = await toastSaying('Frieren was already in your list');
    expect(within(said).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(said).queryByRole('button', { name: 'Set chapter' })).toBeNull();
    expect(sent).toEqual(['POST /api/progress']);
  });
});
