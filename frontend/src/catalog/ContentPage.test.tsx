import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useNavigate, type Location } from 'react-router';
import { toast, Toaster } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../api/client';
import { aContent, anEntry } from '../api/testData';
import { registerAdvance } from '../library/advanceQueue';
import { ContentPage } from './ContentPage';
import { setChapter } from './setChapter';

vi.mock('../session/session', () => ({ useUser: () => ({ id: 1, username: 'reader', role: 'user' }) }));
// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results });
const series = aContent({ id: 9, title: 'Frieren', chapter_count: 0, rating: 9.5 });
const entry = anEntry({ id: 7, content: 9, content_detail: series });
const chapter = (number: string) => ({ id: Number(number), chapter_number: number, title: '', release_date: null });
/** Read up to chapter 3, with chapter 4 out, and read on a site of the reader's. */
const reading = anEntry({
  ...entry,
  last_chapter: '3',
  unread_count: 2,
  next_chapter: chapter('4'),
  reading_url: 'https://www.example.org/frieren',
});

/** A server with the series, in the reader's list or not: adding, removing and reading on change the list. */
function stubServer(tracked: boolean, followed: Entry = entry, { slowAfterAdvance = false } = {}) {
  let list: Entry[] = tracked ? [followed] : [];
  const sent: string[] = [];
  let advanced = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method !== 'GET') {
        sent.push(`${request.method} ${pathname}`);
      }
      if (request.method === 'POST' && pathname === '/api/progress/7/advance') {
        list = [{ ...list[0]!, last_chapter: '4', unread_count: 1, next_chapter: chapter('5'), updated_at: new Date().toISOString() }];
        advanced = true;
        return json(200, list[0]);
      }
      if (slowAfterAdvance && advanced && pathname === '/api/progress') {
        // the entry read again, answered only after the test is over
        return new Promise<Response>(() => undefined);
      }
      if (request.method === 'POST' && pathname === '/api/progress') {
        list = [entry];
        return json(201, entry);
      }
      if (request.method === 'DELETE' && pathname === '/api/progress/7') {
        list = [];
        return new Response(null, { status: 204 });
      }
      if (pathname === '/api/contents/9/readers') {
        return json(200, { readers: 1204, mean_score: 7.83, scored: 311 });
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
  return sent;
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
  registerAdvance(queries);
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

  it('marks the next chapter read from its header in one tap, beside the link to where the reader reads it', async () => {
    const sent = stubServer(true, reading);
    const user = userEvent.setup();
    renderPage('/contents/9');

    const link = await screen.findByRole('link', { name: 'Read on example.org, Frieren' });
    expect(link).toHaveAttribute('href', 'https://www.example.org/frieren');
    await user.click(screen.getByRole('button', { name: 'Mark ch. 4 read, Frieren' }));

    // the editor below takes the chapter in, and the header moves on to the one after it
    expect(await screen.findByRole('button', { name: 'Mark ch. 5 read, Frieren' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Last chapter read' })).toHaveValue('4'));
    expect(within(await toastSaying('Frieren: chapter 4 read')).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(sent).toEqual(['POST /api/progress/7/advance']);
  });

  it('shows the chapter a header tap led to at once, before the entry is read again, and keeps the focus on the button', async () => {
    stubServer(true, reading, { slowAfterAdvance: true });
    const user = userEvent.setup();
    renderPage('/contents/9');

    (await screen.findByRole('button', { name: 'Mark ch. 4 read, Frieren' })).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('button', { name: 'Mark ch. 5 read, Frieren' })).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Last chapter read' })).toHaveValue('4'));
  });

  it('offers no chapter to mark for a series not in the list: adding it comes first', async () => {
    stubServer(false);
    renderPage('/contents/9');

    expect(await screen.findByRole('button', { name: 'Add to my list' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mark ch\./ })).toBeNull();
    expect(screen.queryByRole('link', { name: /^Read on/ })).toBeNull();
  });

  it('says how many follow the series and their mean score, beside the catalog’s rating', async () => {
    stubServer(false);
    renderPage('/contents/9');

    const fact = async (term: string) => (await screen.findByText(term, { selector: 'dt' })).nextElementSibling;
    expect(await fact('Readers')).toHaveTextContent('1,204');
    expect(await fact('Readers’ mean')).toHaveTextContent('7.8 (311 scores)');
    // the catalog's own rating, beside the readers'
    expect(await fact('Catalog rating')).toHaveTextContent(/^9\.5\/10$/);
  });

  it('waits for the reader’s entry before drawing the chapters, which it pushed down the screen as they were tapped', async () => {
    stubServer(true, reading);
    const answer = vi.mocked(fetch);
    let release: () => void = () => undefined;
    const entryRead = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (new URL(request.url).pathname === '/api/progress') {
          await entryRead;
        }
        return answer(request);
      }),
    );
    renderPage('/contents/9');

    // the series itself and its chapters are in; the entry is not
    await waitFor(() => expect(answer).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/api/contents/9') })));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('heading', { name: /^Chapters/ })).toBeNull();

    release();
    expect(await screen.findByRole('heading', { name: /^Chapters/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My entry' })).toBeInTheDocument();
  });
});
