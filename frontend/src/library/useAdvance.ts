import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Entry } from '../api/client';
import { ADVANCE, nextTap, useWaitingTaps, waitingTapsOf, type Tap } from './advanceQueue';

/**
 * One tap: the next chapter is read. What it does (toasts, undo, queueing offline) is registered once on the
 * client (`registerAdvance`); a screen only taps and shows which entries wait.
 */
export function useAdvance() {
  const queries = useQueryClient();
  const { mutate } = useMutation<Entry, Error, Tap>({ mutationKey: ADVANCE });
  const waiting = useWaitingTaps();
  return {
    advance: (entry: Entry) => {
      // every tap counts: three taps are three chapters, each one after the one before, even before the card has
      // shown the first as waiting (the mutation cache knows at once)
      mutate(nextTap(entry, waitingTapsOf(queries, entry.id!)));
    },
    /** The taps waiting for this entry, in order, if any. */
    waiting: (entry: Entry) => waiting.get(entry.id!),
  };
}
