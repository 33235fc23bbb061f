import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useNavigate, type Location } from 'react-router';
import { toast, Toaster } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../api/client';
import { aContent, anEntry } from '../api/testData';
import { ContentPage } from './ContentPage';
import { setChapter } from './setChapter';

vi.mock('../session/session', () => ({ useUser: () => ({ id: 1, username: 'reader', role: 'user' }) }));
// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results });
const series = aContent({ id: 9, title: 'Frieren', chapter_count: 0 });
const entry = anEntry({ id: 7, content: 9, content_detail: series });

/** A server with the series, in the reader's list or not: adding and removing it change the list. */
function stubServer(tracked: boolean) {
  let list: Entry[] = tracked ? [entry] : [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'POST' && pathname === '/api/progress') {
        list = [entry];
        return json(201, entry);
      }
      if (request.method === 'DELETE' && pathname === '/api/progress/7') {
        list = [];
        return new Response(null, { status: 204 });
      }
      if (pathname === '/api/contents/9') {
        return json(200, series);
      }
      if (pathname === '/api/progress') {
        return json(200, page(list));
      }
      // the chapters, the history
      return json(200, page([]));
    }),
  );
}

/** The series page, and a screen before it whose toast asks for the chapter (as the catalog's does). */
function renderPage(start: string | Partial<Location>) {
  function Elsewhere() {
    const navigate = useNavigate();
    return (
      <button type="button" onClick={() => setChapter(navigate, 9)}>
        Set chapter
      </button>
    );
  }
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/catalog', element: <Elsewhere /> },
      { path: '/contents/:id', element: <ContentPage /> },
    ],
    { initialEntries: [start] },
  );
  const shown = render(
    <QueryClientProvider client={queries}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  return { router, unmount: shown.unmount };
}

/** Presses a toast's button from the keyboard (sonner's pointer handling needs pointer capture, which jsdom lacks). */
async function press(user: ReturnType<typeof userEvent.setup>, button: HTMLElement) {
  button.focus();
  await user.keyboard('{Enter}');
}

async function toastSaying(text: string) {
  return (await screen.findByText(text)).closest<HTMLElement>('[data-sonner-toast]')!;
}

describe('the series page', () => {
  afterEach(() => {
    act(() => toast.dismiss());
    vi.unstubAllGlobals();
  });

  it('opened by Set chapter, has the last chapter field focused, once: a reload leaves the focus alone', async () => {
    stubServer(true);
    const user = userEvent.setup();
    const first = renderPage('/catalog');

    await user.click(screen.getByRole('button', { name: 'Set chapter' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Last chapter read' })).toHaveFocus());
    // the ask is dropped from the page's history entry, in place: no second entry to go Back through
    expect(first.router.state.location.pathname).toBe('/contents/9');
    expect(first.router.state.location.state).toBeNull();
    expect(first.router.state.historyAction).toBe('REPLACE');

    // the same history entry, opened again
    const reloaded = first.router.state.location;
    first.unmount();
    renderPage(reloaded);
    expect(await screen.findByRole('textbox', { name: 'Last chapter read' })).not.toHaveFocus();
  });

  it('takes Set chapter from the toast of a series added there to the field, without going anywhere', async () => {
    stubServer(false);
    const user = userEvent.setup();
    const { router } = renderPage('/contents/9');

    await user.click(await screen.findByRole('button', { name: 'Add to my list' }));
    const added = await toastSaying('Frieren added to your list');
    await screen.findByRole('form', { name: 'My entry' });
    const before = router.state.location.key;
    await press(user, within(added).getByRole('button', { name: 'Set chapter' }));

    expect(screen.getByRole('textbox', { name: 'Last chapter read' })).toHaveFocus();
    expect(router.state.location.key).toBe(before);
  });

  it('takes a series added there back out of the list with Undo: Add again, with the focus on My entry', async () => {
    stubServer(false);
    const user = userEvent.setup();
    renderPage('/contents/9');

    await user.click(await screen.findByRole('button', { name: 'Add to my list' }));
    const added = await toastSaying('Frieren added to your list');
    await screen.findByRole('form', { name: 'My entry' });
    await press(user, within(added).getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Frieren removed from your list')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Add to my list' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My entry' })).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'My entry' })).toBeNull();
  });
});
