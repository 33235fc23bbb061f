import { dehydrate, MutationObserver, onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEPT_OFFLINE, persistence, queries as appQueries, sendWaitingChanges } from './queryClient';

describe('what is kept on the device while offline', () => {
  const queries = new QueryClient({ defaultOptions: appQueries.getDefaultOptions() });

  afterEach(() => {
    sent.length = 0;
    queries.clear();
    onlineManager.setOnline(true);
  });

  const sent: unknown[] = [];

  function sendOffline(options: { mutationKey: string[]; meta?: Record<string, unknown>; networkMode?: 'online' }, variables: unknown) {
    onlineManager.setOnline(false);
    const mutationFn = async () => {
      sent.push(variables);
      throw new TypeError('Failed to fetch');
    };
    void new MutationObserver<unknown, Error, unknown>(queries, { ...options, mutationFn }).mutate(variables).catch(() => undefined);
  }

  function kept() {
    return dehydrate(queries, persistence.dehydrateOptions).mutations.map((mutation) => mutation.state.variables);
  }

  it('keeps a waiting next-chapter tap, to send it when the connection returns', async () => {
    sendOffline({ mutationKey: ['advance'], meta: KEPT_OFFLINE, networkMode: 'online' }, { id: 7, from: '12' });
    await Promise.resolve();

    expect(kept()).toEqual([{ id: 7, from: '12' }]);
    expect(sent).toEqual([]);
  });

  it('sends any other form at once, to fail on its screen, and never writes it to storage', async () => {
    const change = { old_password: 'Old-Passphrase-1', new_password: 'New-Passphrase-2' };
    sendOffline({ mutationKey: ['password'] }, change);
    await Promise.resolve();

    expect(sent).toEqual([change]);
    expect(queries.getMutationCache().getAll()[0].state.isPaused).toBe(false);
    expect(kept()).toEqual([]);
  });
});

describe('signing out once the connection is back', () => {
  const queries = new QueryClient({ defaultOptions: appQueries.getDefaultOptions() });

  afterEach(() => {
    queries.clear();
    onlineManager.setOnline(true);
    vi.useRealTimers();
  });

  /** A tap made offline, answered when `answer` is called once it has been sent. */
  function tapMadeOffline() {
    const sent = vi.fn();
    let answer: () => void = () => undefined;
    onlineManager.setOnline(false);
    const mutationFn = () =>
      new Promise<void>((resolve) => {
        sent();
        answer = resolve;
      });
    void new MutationObserver<void, Error, unknown>(queries, { mutationKey: ['advance'], meta: KEPT_OFFLINE, networkMode: 'online', mutationFn })
      .mutate({ id: 7 })
      .catch(() => undefined);
    return { sent, answer: () => answer() };
  }

  it('sends the taps kept offline, and waits for their answer before the token goes', async () => {
    const tap = tapMadeOffline();
    await Promise.resolve();
    onlineManager.setOnline(true);

    let done = false;
    const signingOut = sendWaitingChanges(queries).then(() => (done = true));
    await vi.waitFor(() => expect(tap.sent).toHaveBeenCalledOnce());
    expect(done).toBe(false);
    tap.answer();
    await signingOut;
    expect(done).toBe(true);
  });

  it('waits 5 s at most for an answer', async () => {
    vi.useFakeTimers();
    const tap = tapMadeOffline();
    await Promise.resolve();
    onlineManager.setOnline(true);

    let done = false;
    const signingOut = sendWaitingChanges(queries).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(4_900);
    expect(tap.sent).toHaveBeenCalledOnce();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await signingOut;
    expect(done).toBe(true);
  });

  it('sends nothing while offline: the sign-out button has warned the reader', async () => {
    const tap = tapMadeOffline();
    await sendWaitingChanges(queries);
    expect(tap.sent).not.toHaveBeenCalled();
  });
});
