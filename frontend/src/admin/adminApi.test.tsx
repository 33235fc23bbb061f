import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useRefreshAll } from './adminApi';

describe('refreshing every query after a catalog change', () => {
  it('reads again a list whose first read went out before the change and answers from before it', async () => {
    const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    // the server's list: the first read is slow and started before the category was added
    let categories = ['Anthology'];
    let answerFirstRead: (() => void) | undefined;
    const reads: string[][] = [];
    const fetchList = async () => {
      const seen = [...categories];
      if (reads.length === 0) {
        await new Promise<void>((resolve) => (answerFirstRead = resolve));
      }
      reads.push(seen);
      return seen;
    };
    const { result } = renderHook(() => ({ list: useQuery({ queryKey: ['categories', 'search'], queryFn: fetchList }), refresh: useRefreshAll() }), {
      wrapper,
    });
    await waitFor(() => expect(answerFirstRead).toBeDefined());

    categories = ['Anthology', 'Harbour'];
    const refreshed = act(() => result.current.refresh());
    answerFirstRead!();
    await refreshed;

    await waitFor(() => expect(result.current.list.data).toEqual(['Anthology', 'Harbour']));
  });
});
