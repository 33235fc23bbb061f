import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { ApiError, type Entry } from '../api/client';
import { readAgain } from '../api/readAgain';
import { serverMessageLoaded } from '../api/serverMessages';
import { ENTRIES } from '../library/entries';
import { addToList, keys, removeEntry, type TrackedSummary } from './catalogApi';
import { setChapter } from './setChapter';

/**
 * Adds a content to the caller's list. A 409 (it was already there, say from another device) is no failure:
 * the content is tracked either way, and the screens learn it from the refreshed queries.
 *
 * The toast of an entry this press made offers to take it back (a mis-tap), and for a series being read, to say
 * which chapter the reader is at: it starts at none. `onUndone` is told once an entry is taken back.
 */
export function useAddToList({ onUndone }: { onUndone?(): void } = {}) {
  const { t } = useTranslation(['catalog', 'library', 'common']);
  const queries = useQueryClient();
  const navigate = useNavigate();

  /** The entry just made, out of the list again: the screens show "Add" where "In my list" was. */
  async function takeBack(entry: Entry, title?: string) {
    const id = entry.content!;
    try {
      await removeEntry(entry.id!);
    } catch (error) {
      toast.error(error instanceof ApiError ? await serverMessageLoaded(error.message) : t('common:networkError'));
      return readAgain(queries, { queryKey: ENTRIES });
    }
    // as adding does, shown at once; the summary and the entries are read again below
    queries.removeQueries({ queryKey: keys.history(entry.id!) });
    onUndone?.();
    queries.setQueryData(keys.entryFor(id), null);
    queries.setQueryData<TrackedSummary>(keys.tracked, (known) => known && {
      ...known,
      contentIds: new Set([...known.contentIds].filter((tracked) => tracked !== id)),
    });
    toast.success(t('catalog:removed', { title }));
    return readAgain(queries, { queryKey: ENTRIES });
  }

  return useMutation({
    mutationFn: ({ id, planned }: { id: number; title?: string; planned?: boolean }) => addToList(id, planned),
    onSuccess: (added, { id, title, planned }) => {
      // shown as in the list at once; the whole summary is read again with the entries below
      queries.setQueryData<TrackedSummary>(keys.tracked, (known) => ({
        contentIds: new Set([...(known?.contentIds ?? []), id]),
      }));
      if (!added.created) {
        toast.success(t('catalog:alreadyTracked', { title }));
      } else {
        // the series page shows its editor at once, for the toast's "Set chapter" to find its field there
        queries.setQueryData(keys.entryFor(id), added.entry);
        const undo = { label: t('library:undo'), onClick: leavingToast(() => void takeBack(added.entry, title)) };
        const where = { label: t('catalog:setChapter'), onClick: leavingToast(() => setChapter(navigate, id)) };
        toast.success(t(planned ? 'catalog:addedPlanned' : 'catalog:added', { title }), {
          // long enough to reach its buttons (it waits while hovered or focused)
          duration: 8000,
          // sonner's "cancel" is its second, quieter button, placed first: Undo, then the step most readers take next
          ...(planned ? { action: undo } : { cancel: undo, action: where }),
        });
      }
      return readAgain(queries, { queryKey: ENTRIES });
    },
    onError: () => toast.error(t('common:networkError')),
  });
}

/**
 * A toast button's action that moves the focus (to a field, or to what the undo redraws). sonner hands the focus back
 * to where it was before the toast as soon as it leaves the toast, which would take it from where the action put it:
 * it leaves first.
 */
function leavingToast(act: () => void) {
  return (event: MouseEvent<HTMLButtonElement>) => {
    event.currentTarget.blur();
    act();
  };
}
