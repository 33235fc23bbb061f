import { keepPreviousData, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { usePageInRange } from './usePageInRange';

/** A list of `total` items, 10 a page, read through React Query as the screens do; `asked` records the pages read. */
function List({ total, start, asked }: { total: number; start: number; asked: number[] }) {
  const [page, setPage] = useState(start);
  const list = useQuery({
    queryKey: ['items', page],
    queryFn: async () => {
      asked.push(page);
      if (page > 1 && (page - 1) * 10 >= total) {
        throw new ApiError(404, { detail: 'Invalid page.' });
      }
      return { count: total };
    },
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, list);
  return <p>{list.isError ? 'failed' : list.isSuccess ? `page ${page}` : 'loading'}</p>;
}

function renderList(total: number, start: number) {
  const asked: number[] = [];
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queries}>
      <List total={total} start={start} asked={asked} />
    </QueryClientProvider>,
  );
  return asked;
}

describe('a page past the end of a list', () => {
  it('never shown (a link from when the list was longer): the first page, in one more request', async () => {
    const asked = renderList(25, 9);
    expect(await screen.findByText('page 1')).toBeInTheDocument();
    expect(asked).toEqual([9, 1]);
  });
});
