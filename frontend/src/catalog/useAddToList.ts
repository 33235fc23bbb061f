import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { readAgain } from '../api/readAgain';
import { ENTRIES } from '../library/entries';
import { addToList, keys, type TrackedSummary } from './catalogApi';

/**
 * Adds a content to the caller's list. A 409 (it was already there, say from another device) is no failure:
 * the content is tracked either way, and the screens learn it from the refreshed queries.
 */
export function useAddToList() {
  const { t } = useTranslation('catalog');
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ id, planned }: { id: number; title?: string; planned?: boolean }) => addToList(id, planned),
    onSuccess: ({ created }, { id, title, planned }) => {
      // shown as in the list at once; the whole summary is read again with the entries below
      queries.setQueryData<TrackedSummary>(keys.tracked, (known) => ({
        contentIds: new Set([...(known?.contentIds ?? []), id]),
        tags: known?.tags ?? [],
      }));
      toast.success(created ? t(planned ? 'addedPlanned' : 'added', { title }) : t('alreadyTracked', { title }));
      return readAgain(queries, { queryKey: ENTRIES });
    },
    onError: () => toast.error(t('common:networkError')),
  });
}
