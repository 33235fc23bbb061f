import { dehydrate, MutationObserver, onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { KEPT_OFFLINE, persistence } from './queryClient';

describe('what is kept on the device while offline', () => {
  const queries = new QueryClient();

  afterEach(() => {
    queries.clear();
    onlineManager.setOnline(true);
  });

  function sendOffline(options: { mutationKey: string[]; meta?: Record<string, unknown> }, variables: unknown) {
    onlineManager.setOnline(false);
    void new MutationObserver<unknown, Error, unknown>(queries, { ...options, mutationFn: async () => variables }).mutate(variables).catch(() => undefined);
  }

  function kept() {
    return dehydrate(queries, persistence.dehydrateOptions).mutations.map((mutation) => mutation.state.variables);
  }

  it('keeps a waiting next-chapter tap, to send it when the connection returns', async () => {
    sendOffline({ mutationKey: ['advance'], meta: KEPT_OFFLINE }, { id: 7, from: '12' });
    await Promise.resolve();

    expect(kept()).toEqual([{ id: 7, from: '12' }]);
  });

  it('never writes another waiting form, such as a password change, to storage', async () => {
    sendOffline({ mutationKey: ['password'] }, { old_password: 'Old-Passphrase-1', new_password: 'New-Passphrase-2' });
    await Promise.resolve();

    expect(queries.getMutationCache().getAll()[0].state.isPaused).toBe(true);
    expect(kept()).toEqual([]);
  });
});
