import { useQueryClient } from '@tanstack/react-query';
import type { Entry } from '../api/client';
import { ADVANCE, nextTap, tapScope, useWaitingTaps, waitingTapsOf } from './advanceQueue';

/**
 * One tap: the next chapter is read. What it does (toasts, undo, queueing offline) is registered once on the
 * client (`registerAdvance`); a screen only taps and shows which entries wait.
 */
export function useAdvance() {
  const queries = useQueryClient();
  const waiting = useWaitingTaps();
  return {
    advance: (entry: Entry) => {
      // every tap counts: three taps are three chapters, each one after the one before, even before the card has
      // shown the first as waiting (the mutation cache knows at once). Built in the entry's scope, which a hook's
      // mutation cannot be given tap by tap; what a tap does is the client's (registerAdvance), toasts included.
      const tap = nextTap(entry, waitingTapsOf(queries, entry.id!));
      const mutation = queries.getMutationCache().build(queries, { mutationKey: ADVANCE, scope: tapScope(tap.id) });
      mutation.execute(tap).catch(() => undefined);
    },
    /** How many taps wait for this entry. */
    waiting: (entry: Entry) => waiting.get(entry.id!) ?? 0,
  };
}
