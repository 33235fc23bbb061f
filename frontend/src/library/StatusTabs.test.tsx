import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
});
