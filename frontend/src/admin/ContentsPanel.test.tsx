import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aContent } from '../api/testData';
import { ContentsPanel } from './ContentsPanel';
import { PAGE_SIZE } from './adminApi';

/** A catalog of two pages of series. */
function fakeServer() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
      const results = Array.from({ length: PAGE_SIZE }, (_, index) => {
        const id = (page - 1) * PAGE_SIZE + index + 1;
        return aContent({ id, title: `Series ${id}` });
      });
      return new Response(JSON.stringify({ count: PAGE_SIZE * 2, next: null, previous: null, results }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
}

describe("the admin catalog's list", () => {
  const scrollIntoView = Element.prototype.scrollIntoView;
  afterEach(() => {
    vi.unstubAllGlobals();
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  it('brings its heading into view and focuses it on Next, rather than leave the view at the foot of the new page', async () => {
    fakeServer();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={['/admin/catalog']}>
          <ContentsPanel />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await screen.findByRole('link', { name: 'Series 1' });

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('link', { name: `Series ${PAGE_SIZE + 1}` })).toBeInTheDocument();
    const heading = screen.getByRole('heading', { name: 'Series', level: 2 });
    expect(heading).toHaveFocus();
    expect(scrolled).toContain(heading);
  });
});
