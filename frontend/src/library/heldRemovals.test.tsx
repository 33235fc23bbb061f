import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aContent, anEntry } from '../api/testData';
import { runBeforeSignOut } from '../session/signOutHooks';
import { holdRemoval, useRemovals } from './heldRemovals';

const entry = (id: number) => anEntry({ id, content_detail: aContent({ id: id + 100, title: `#${id}` }) });

describe('removals held for their Undo', () => {
  let sent: { method: string; path: string; keepalive: boolean }[];
  /** The answers not given yet, by path: a test answers them when it wants. */
  let unanswered: Map<string, () => void>;
  let holdAnswers: boolean;

  beforeEach(() => {
    sent = [];
    unanswered = new Map();
    holdAnswers = false;
    vi.stubGlobal(
      'fetch',
      vi.fn((request: Request) => {
        const path = new URL(request.url).pathname;
        sent.push({ method: request.method, path, keepalive: request.keepalive });
        const answer = () => new Response(null, { status: path.endsWith('/9') ? 500 : 204 });
        return holdAnswers
          ? new Promise<Response>((resolve) => unanswered.set(path, () => resolve(answer())))
          : Promise.resolve(answer());
      }),
    );
  });

  afterEach(() => vi.unstubAllGlobals());

  it('leave the list and its counts at once and come back with the Undo, nothing deleted', () => {
    const removals = renderHook(() => useRemovals());
    let removal!: ReturnType<typeof holdRemoval>;

    act(() => {
      removal = holdRemoval([entry(1), entry(2)], new QueryClient());
    });
    expect([...removals.result.current.hidden]).toEqual([1, 2]);
    expect(removals.result.current.counted.map(({ id }) => id)).toEqual([1, 2]);

    act(() => expect(removal.undo()).toBe(true));
    expect(removals.result.current.hidden.size).toBe(0);
    expect(removals.result.current.counted).toEqual([]);
    // nothing left to take back, and nothing to delete
    expect(removal.undo()).toBe(false);
    expect(sent).toEqual([]);
  });

  it('stay out of the list once deleted, and out of the counts until they are read again', async () => {
    const queries = new QueryClient();
    const readAgain = vi.spyOn(queries, 'invalidateQueries');
    const removals = renderHook(() => useRemovals());
    let removal!: ReturnType<typeof holdRemoval>;
    act(() => {
      removal = holdRemoval([entry(3)], queries);
    });

    await act(() => removal.carryOut());

    expect(sent).toEqual([{ method: 'DELETE', path: '/api/progress/3', keepalive: true }]);
    expect(readAgain).toHaveBeenCalled();
    // a list kept in the cache, shown again later, still has it: it stays out (ids are never given again)
    expect(removals.result.current.hidden.has(3)).toBe(true);
    expect(removals.result.current.counted).toEqual([]);
    // carried out once: the Undo is too late, and a second close deletes nothing more
    expect(removal.undo()).toBe(false);
    await removal.carryOut();
    expect(sent).toHaveLength(1);
  });

  it('come back when their deletion is refused', async () => {
    const removals = renderHook(() => useRemovals());
    let removal!: ReturnType<typeof holdRemoval>;
    act(() => {
      removal = holdRemoval([entry(8), entry(9)], new QueryClient());
    });

    let outcome!: Awaited<ReturnType<typeof removal.carryOut>>;
    await act(async () => {
      outcome = await removal.carryOut();
    });

    expect(outcome.changed.map((deleted) => deleted.id)).toEqual([8]);
    expect(outcome.firstFailure?.entry.id).toBe(9);
    expect(removals.result.current.hidden.has(8)).toBe(true);
    expect(removals.result.current.hidden.has(9)).toBe(false);
    expect(removals.result.current.counted).toEqual([]);
  });

  it('are deleted all at once as the page goes away, those of a deletion under way too', async () => {
    holdAnswers = true;
    const underWay = holdRemoval([entry(10), entry(11)], new QueryClient());
    void underWay.carryOut();
    await waitFor(() => expect(sent.map(({ path }) => path)).toEqual(['/api/progress/10']));
    holdRemoval([entry(4), entry(5)], new QueryClient());
    const undone = holdRemoval([entry(6)], new QueryClient());
    undone.undo();

    window.dispatchEvent(new Event('pagehide'));

    // none waits for an answer: the page does not wait
    await waitFor(() =>
      expect(sent.map(({ path }) => path).sort()).toEqual(['/api/progress/10', '/api/progress/11', '/api/progress/4', '/api/progress/5']),
    );
    expect(sent.every(({ keepalive }) => keepalive)).toBe(true);
    // the removal under way, answered, does not send #11 a second time
    unanswered.forEach((answer) => answer());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(4);
  });

  it('are deleted before the reader signs out, those under way to the last', async () => {
    holdAnswers = true;
    const underWay = holdRemoval([entry(12), entry(13)], new QueryClient());
    void underWay.carryOut();
    await waitFor(() => expect(sent).toHaveLength(1));
    holdRemoval([entry(7)], new QueryClient());

    let signedOut = false;
    const signingOut = runBeforeSignOut().then(() => (signedOut = true));
    // each deletion is answered in turn; the sign-out waits for the last
    for (const path of ['/api/progress/12', '/api/progress/7', '/api/progress/13']) {
      await waitFor(() => expect(unanswered.has(path)).toBe(true));
      expect(signedOut).toBe(false);
      unanswered.get(path)!();
      unanswered.delete(path);
    }
    await signingOut;

    expect(sent.map(({ path }) => path)).toEqual(['/api/progress/12', '/api/progress/7', '/api/progress/13']);
  });
});
