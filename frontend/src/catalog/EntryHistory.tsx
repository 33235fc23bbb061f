import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Undo2 } from 'lucide-react';
import { ApiError, type Entry } from '../api/client';
import { readAgain } from '../api/readAgain';
import { ENTRIES, undo } from '../library/entries';
import { fetchHistory, HISTORY_PAGE_SIZE, keys, type HistoryItem } from './catalogApi';
import { useLocale } from './format';
import { formatMoment, mayUndo } from './history';
import { ChangeList } from './ChangeList';
import { Pager } from '../ui/Pager';
import { useTimeZone } from '../preferences/useTimeZone';
import { refocus } from '../ui/refocus';

/** One change: when, what kind, and each field from its old value to its new one; greyed once undone. */
function HistoryLine({ item }: { item: HistoryItem }) {
  const { t } = useTranslation(['catalog', 'common']);
  const locale = useLocale();
  const timeZone = useTimeZone();
  return (
    <li className={item.undone ? 'undone' : undefined}>
      {/* what was done first, at the line's start in every row; when, on a line of its own under it */}
      <p className="history-head">
        <strong className="history-action">{t(`catalog:history.action.${item.action ?? 'update'}`)}</strong>
        {item.undone && <span className="badge undone-badge">{t('catalog:history.undone')}</span>}
        <time dateTime={item.at}>{formatMoment(item.at, locale, timeZone)}</time>
      </p>
      <ChangeList changes={item.changes} added={item.action === 'create'} className="history-changes" />
    </li>
  );
}

/** The entry's changes, newest first, and the button that reverts the latest one still standing. */
export function EntryHistory({ entry }: { entry: Entry }) {
  const { t } = useTranslation(['catalog', 'common']);
  const queries = useQueryClient();
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const history = useQuery({
    queryKey: keys.history(entry.id!, page),
    queryFn: () => fetchHistory(entry.id!, page),
    placeholderData: keepPreviousData,
  });
  // the history read again after an undo, drawn: the focus goes back where it was, or where it can be
  const [undone, setUndone] = useState(0);
  const undoing = useMutation({
    mutationFn: () => undo(entry.id!),
    onSuccess: async () => {
      setMessage(t('catalog:history.undoneMessage'));
      setPage(1);
      await readAgain(queries, { queryKey: ENTRIES });
      setUndone((count) => count + 1);
    },
    onError: (error) =>
      setMessage(error instanceof ApiError && error.status === 409 ? t('catalog:history.nothingToUndo') : t('common:networkError')),
  });
  const items = history.data?.results ?? [];
  const canUndo = mayUndo(items, page, history.data?.count ?? 0);
  useEffect(() => {
    if (undone > 0) {
      // drawn with the history as it now is: the button may be gone (nothing left to undo), then the heading
      void refocus(() => undoButton.current, () => heading.current);
    }
  }, [undone, canUndo]);

  return (
    <section className="card history" aria-labelledby="history-title">
      <div className="section-head">
        <h2 id="history-title" ref={heading} tabIndex={-1}>
          {t('catalog:history.title')}
        </h2>
        {canUndo && (
          <button
            type="button"
            ref={undoButton}
            onClick={() => !undoing.isPending && undoing.mutate()}
            // not `disabled` while undoing: a disabled button loses the focus, and Enter would undo nothing more
            aria-disabled={undoing.isPending}
          >
            <Undo2 size={18} aria-hidden="true" />
            {t('catalog:history.undo')}
          </button>
        )}
      </div>
      <p role="status" className="muted">
        {message}
      </p>
      {history.isPending && <p>{t('common:loading')}</p>}
      {history.isError && <p role="alert">{t('common:loadFailed')}</p>}
      <ol className="timeline">
        {items.map((item) => (
          <HistoryLine key={item.id} item={item} />
        ))}
      </ol>
      <Pager page={page} count={history.data?.count ?? 0} pageSize={HISTORY_PAGE_SIZE} label={t('catalog:history.pages')} onPage={setPage} />
    </section>
  );
}
