import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError, type Entry } from '../api/client';
import { advance, ENTRIES, undo } from './entries';

/**
 * One tap: the next chapter is read. The toast that says so offers to undo it, which reverts the latest change of
 * the entry on the server (its history keeps both).
 */
export function useAdvance() {
  const { t } = useTranslation('library');
  const queries = useQueryClient();
  const refresh = () => queries.invalidateQueries({ queryKey: ENTRIES });

  const undoing = useMutation({
    mutationFn: undo,
    onSuccess: (entry) => {
      toast.success(t('undone', { chapter: entry.last_chapter || '—' }));
      return refresh();
    },
    onError: (error) => toast.error(error instanceof ApiError ? error.message : t('common:networkError')),
  });

  return useMutation({
    mutationFn: advance,
    onSuccess: (entry: Entry) => {
      toast.success(t('advanced', { title: entry.content_detail?.title, chapter: entry.last_chapter }), {
        action: { label: t('undo'), onClick: () => undoing.mutate(entry.id!) },
      });
      return refresh();
    },
    onError: (error) => toast.error(error instanceof ApiError && error.status === 409 ? t('noNextChapter') : t('common:networkError')),
  });
}
