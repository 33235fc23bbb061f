import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aContent, anEntry } from '../api/testData';
import { runBeforeSignOut } from '../session/signOutHooks';
import { holdRemoval, useHeldRemovals } from './heldRemovals';

const entry = (id: number) => anEntry({ id, content_detail: aContent({ id: id + 100, title: `#${id}` }) });

describe('removals held for their Undo', () => {
  let sent: { method: string; path: string; keepalive: boolean }[];

  beforeEach(() => {
    sent = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        sent.push({ method: request.method, path: new URL(request.url).pathname, keepalive: request.keepalive });
        return new Response(null, { status: 204 });
      }),
    );
  });

  afterEach(() => vi.unstubAllGlobals());

  it('leave the list at once and come back with the Undo, nothing deleted', () => {
    const hidden = renderHook(() => useHeldRemovals());
    let removal!: ReturnType<typeof holdRemoval>;

    act(() => {
      removal = holdRemoval([entry(1), entry(2)], new QueryClient());
    });
    expect([...hidden.result.current.keys()]).toEqual([1, 2]);

    act(() => expect(removal.undo()).toBe(true));
    expect(hidden.result.current.size).toBe(0);
    // nothing left to take back, and nothing to delete
    expect(removal.undo()).toBe(false);
    expect(sent).toEqual([]);
  });

  it('stay out of the list while deleted, until it is read again', async () => {
    const queries = new QueryClient();
    const readAgain = vi.spyOn(queries, 'invalidateQueries');
    const hidden = renderHook(() => useHeldRemovals());
    let removal!: ReturnType<typeof holdRemoval>;
    act(() => {
      removal = holdRemoval([entry(3)], queries);
    });

    await act(() => removal.carryOut());

    expect(sent).toEqual([{ method: 'DELETE', path: '/api/progress/3', keepalive: true }]);
    expect(readAgain).toHaveBeenCalled();
    expect(hidden.result.current.size).toBe(0);
    // carried out once: the Undo is too late, and a second close deletes nothing more
    expect(removal.undo()).toBe(false);
    await removal.carryOut();
    expect(sent).toHaveLength(1);
  });

  it('are deleted all at once as the page goes away', async () => {
    // no answer ever comes: the second request must not wait for the first one's
    vi.mocked(fetch).mockImplementation((request) => {
      const sending = request as Request;
      sent.push({ method: sending.method, path: new URL(sending.url).pathname, keepalive: sending.keepalive });
      return new Promise(() => undefined);
    });
    holdRemoval([entry(4), entry(5)], new QueryClient());
    const undone = holdRemoval([entry(6)], new QueryClient());
    undone.undo();

    window.dispatchEvent(new Event('pagehide'));

    await waitFor(() => expect(sent.map(({ path }) => path)).toEqual(['/api/progress/4', '/api/progress/5']));
    expect(sent.every(({ keepalive }) => keepalive)).toBe(true);
  });

  it('are deleted before the reader signs out', async () => {
    holdRemoval([entry(7)], new QueryClient());

    await runBeforeSignOut();

    await waitFor(() => expect(sent.map(({ path }) => path)).toEqual(['/api/progress/7']));
  });
});
