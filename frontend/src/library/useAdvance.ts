import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Entry } from '../api/client';
import { ADVANCE, tapOf, useWaitingTaps, type Tap } from './advanceQueue';

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
      // a second tap before the card shows the first as waiting (a double tap) would be sent from the chapter the
      // first one leaves, and refused as a change made elsewhere: the mutation cache knows at once
      const tapped = queries.isMutating({
        mutationKey: ADVANCE,
        predicate: (mutation) => (mutation.state.variables as Tap | undefined)?.id === entry.id,
      });
      if (tapped === 0) {
        mutate(tapOf(entry));
      }
    },
    /** The tap waiting for this entry, if any: one at a time, so that none is sent from a stale chapter. */
    waiting: (entry: Entry) => waiting.get(entry.id!),
  };
}
