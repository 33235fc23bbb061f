import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aContent, anEntry } from '../api/testData';
import { holdRemoval } from './heldRemovals';
import { StatusTabs } from './StatusTabs';

// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

describe('the status tabs of the library', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('mark only the current one as the current page', () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { headers: { 'Content-Type': 'application/json' } })));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/library?status=on_hold']}>
          <StatusTabs current="on_hold" />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    const current = screen.getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('On hold');
    expect(screen.getAllByRole('link')).toHaveLength(6);
  });

  it('count the entries just removed out, while the server still has them', async () => {
    const stats = { entries: 4, by_status: { reading: 3, completed: 1 }, favorites: 2 };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(stats), { headers: { 'Content-Type': 'application/json' } })));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <StatusTabs current="reading" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Reading 3' })).toBeInTheDocument();

    const removal = holdRemoval(
      [anEntry({ id: 1, status: 'reading', favorite: true, content_detail: aContent({ id: 11 }) })],
      new QueryClient(),
    );
    await act(async () => undefined);

    expect(screen.getByRole('link', { name: 'Reading 2' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Favorites 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Completed 1' })).toBeInTheDocument();
    act(() => void removal.undo());
    expect(screen.getByRole('link', { name: 'Reading 3' })).toBeInTheDocument();
  });
});
