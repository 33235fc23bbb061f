import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { toast } from 'sonner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aChapter, aContent, anEntry } from '../api/testData';
import '../i18n';
import { asksFirst, NewChapters } from './NewChapters';

vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));
// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const today = new Date().toISOString().slice(0, 10);
const release = {
  date: today,
  content: { id: 3, title: 'Frieren', cover: null },
  chapters: 3,
  unread: 3,
  first: aChapter({ id: 11, chapter_number: '11' }),
  last: aChapter({ id: 13, chapter_number: '13' }),
};

/** The feed's one line, the reader's entry at `at` (`unread` chapters behind) when asked, and the requests that change it. */
function stubServer(at: string, unread = 13 - Number(at)) {
  const writes: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/feed/releases') {
        return json(200, { count: 1, next: null, previous: null, results: [release] });
      }
      if (request.method === 'GET' && url.pathname === '/api/progress') {
        const entry = anEntry({
          id: 7,
          content: 3,
          last_chapter: at,
          unread_count: Math.max(unread, 0),
          latest_chapter: release.last,
          content_detail: aContent({ id: 3, title: 'Frieren' }),
        });
        return json(200, { count: 1, next: null, previous: null, results: [entry] });
      }
      const body = request.method === 'PUT' ? await request.json() : undefined;
      writes.push({ method: request.method, path: `${url.pathname}${url.search}`, body });
      return json(200, anEntry({ id: 7, content: 3, last_chapter: '13', unread_count: 0, latest_chapter: release.last }));
    }),
  );
  return writes;
}

function renderFeed() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <NewChapters />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('marking a line of the feed read', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.clearAllMocks();
  });

  it('moves the reader to its last chapter, with an undo, and keeps the focus on the line', async () => {
    const writes = stubServer('10');
    renderFeed();

    await userEvent.click(await screen.findByRole('button', { name: 'Mark read: up to chapter 13 of Frieren' }));

    await waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('Frieren: 3 chapters read, up to chapter 13', expect.objectContaining({ action: expect.anything() })),
    );
    // one toast per entry: a later mark of this series replaces it, so that no older Undo takes back a newer mark
    expect(toast.success).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ id: 'marked:7' }));
    // marked read through the entry, so that the statistics count the chapters
    expect(writes).toEqual([{ method: 'POST', path: '/api/progress/7/advance?to=13', body: undefined }]);
    expect(screen.getByRole('link', { name: /Frieren/ })).toHaveFocus();
  });

  it('asks first when it would mark more chapters than the line shows as new, with the focus on Cancel', async () => {
    const writes = stubServer('5');
    renderFeed();
    const markRead = await screen.findByRole('button', { name: 'Mark read: up to chapter 13 of Frieren' });

    await userEvent.click(markRead);
    expect(await screen.findByRole('group', { name: 'Mark 8 chapters read, up to chapter 13?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(writes).toEqual([]);
    expect(screen.getByRole('button', { name: 'Mark read: up to chapter 13 of Frieren' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Mark read: up to chapter 13 of Frieren' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, mark them read' }));

    await waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('Frieren: 8 chapters read, up to chapter 13', expect.objectContaining({ action: expect.anything() })),
    );
    // marked read through the entry, so that the statistics count the chapters
    expect(writes).toEqual([{ method: 'POST', path: '/api/progress/7/advance?to=13', body: undefined }]);
  });

  it('asks before marking a back catalogue read, however new it is, and not before a few new chapters', () => {
    expect(asksFirst(21, 21)).toBe(true);
    expect(asksFirst(20, 20)).toBe(false);
    expect(asksFirst(2, 1)).toBe(true);
    expect(asksFirst(undefined, 1)).toBe(false);
  });

  it('never moves the reader back: read further on another device since, nothing is written', async () => {
    const writes = stubServer('20');
    renderFeed();

    await userEvent.click(await screen.findByRole('button', { name: 'Mark read: up to chapter 13 of Frieren' }));

    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('Frieren: already read up to chapter 20', undefined));
    expect(writes).toEqual([]);
  });
});
