import { dehydrate, MutationObserver, onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { KEPT_OFFLINE, persistence, queries as appQueries } from './queryClient';

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
