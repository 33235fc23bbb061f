import { keepPreviousData, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { usePageInRange } from './usePageInRange';

/** A list of `server.total` items, 10 a page, read through React Query as the screens do; `asked` records the pages read. */
function List({ server, start, asked }: { server: { total: number }; start: number; asked: number[] }) {
  const [page, setPage] = useState(start);
  const list = useQuery({
    queryKey: ['items', page],
    queryFn: async () => {
      asked.push(page);
      if (page > 1 && (page - 1) * 10 >= server.total) {
        throw new ApiError(404, { detail: 'Invalid page.' });
      }
      return { count: server.total };
    },
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, list);
  return (
    <>
      <p>{list.isError ? 'failed' : list.isSuccess && !list.isPlaceholderData ? `page ${page}` : 'loading'}</p>
      <button type="button" onClick={() => setPage(page + 1)}>
        Next
      </button>
    </>
  );
}

function renderList(server: { total: number }, start: number) {
  const asked: number[] = [];
  // fresh for 15 s, as in the app: going back to a page just read is not a read (with none, it was read again in
  // the background, sooner or later than the test looked, under load)
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 15_000 } } });
  render(
    <QueryClientProvider client={queries}>
      <List server={server} start={start} asked={asked} />
    </QueryClientProvider>,
  );
  return asked;
}

describe('a page past the end of a list', () => {
  it('asked for before any was shown (a link from when the list was longer): the first page, in one more request', async () => {
    const asked = renderList({ total: 25 }, 9);
    expect(await screen.findByText('page 1')).toBeInTheDocument();
    expect(asked).toEqual([9, 1]);
  });

  it('reached by Next after the page it counted went: back to the page shown', async () => {
    const server = { total: 25 };
    const asked = renderList(server, 2);
    await screen.findByText('page 2');
    server.total = 20;
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('page 2')).toBeInTheDocument();
    expect(asked).toEqual([2, 3]);
  });
});
