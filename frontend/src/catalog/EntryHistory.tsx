import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Undo2 } from 'lucide-react';
import { ApiError, type Entry } from '../api/client';
import { readAgain } from '../api/readAgain';
import { ENTRIES, undo } from '../library/entries';
import { fetchHistory, HISTORY_PAGE_SIZE, keys, type HistoryItem } from './catalogApi';
import { useLocale } from './format';
import { describeChanges, formatMoment, mayUndo } from './history';
import { ChangeList } from './ChangeList';
import { Pager } from '../ui/Pager';
import { useTimeZone } from '../preferences/useTimeZone';
import { refocus } from '../ui/refocus';
import { ConfirmQuestion } from '../ui/ConfirmButton';
import { serverMessageLoaded } from '../api/serverMessages';

/**
 * One change: when, what kind, and each field from its old value to its new one; greyed once undone. `series`: the
 * series it was made to, where changes to several are listed together.
 */
export function HistoryLine({ item, series }: { item: HistoryItem; series?: ReactNode }) {
  const { t } = useTranslation(['catalog', 'common']);
  const locale = useLocale();
  const timeZone = useTimeZone();
  return (
    <li className={item.undone ? 'undone' : undefined}>
      {/* what was done first, at the line's start in every row; when, on a line of its own under it */}
      {series && <p className="history-series">{series}</p>}
      <p className="history-head">
        <strong className="history-action">{t(`catalog:history.action.${item.action ?? 'update'}`)}</strong>
        {item.undone && <span className="badge undone-badge">{t('catalog:history.undone')}</span>}
        <time dateTime={item.at}>{formatMoment(item.at, locale, timeZone)}</time>
      </p>
      <ChangeList changes={item.changes} added={item.action === 'create'} className="history-changes" />
    </li>
  );
}

const NOTHING_LEFT = 'Nothing left to undo.';

/** A field's name within a sentence: "Where I read it" is "where I read it" there, not "where i read it". */
function lowerFirst(label: string, locale: string): string {
  return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

/** The change an undo would revert, as far as the first page tells: the newest still standing, if it may be undone. */
function nextUndone(items: HistoryItem[]): HistoryItem | undefined {
  const standing = items.find((item) => !item.undone && item.action !== 'undo');
  return standing && standing.action !== 'create' ? standing : undefined;
}

/**
 * Whether undoing `change` asks first: when it took back an edit of several fields, or of the notes, which are long
 * to make again (there is no redo). A chapter read, a score changed: one tap, and Enter again goes further back.
 */
function asksFirst(change: HistoryItem): boolean {
  const fields = Object.keys(change.changes ?? {}).filter((field) => field !== 'updated_at');
  return fields.length > 1 || fields.includes('notes');
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
    onError: async (error) =>
      setMessage(
        !(error instanceof ApiError)
          ? t('common:networkError')
          : error.status === 409 && error.message === NOTHING_LEFT
            ? t('catalog:history.nothingToUndo')
            : await serverMessageLoaded(error.message), // a merge in the way, say
      ),
  });
  const items = history.data?.results ?? [];
  const canUndo = mayUndo(items, page, history.data?.count ?? 0);
  const reverted = page === 1 ? nextUndone(items) : undefined;
  // the fields the undo would put back, asked about when it would take back an edit that is long to make again
  const [asking, setAsking] = useState<string[] | null>(null);
  const locale = useLocale();
  useEffect(() => {
    if (undone > 0) {
      // drawn with the history as it now is: the button may be gone (nothing left to undo), then the heading
      void refocus(() => undoButton.current, () => heading.current);
    }
  }, [undone, canUndo]);
  function undoLast() {
    if (undoing.isPending) {
      return;
    }
    const fields = reverted ? describeChanges(reverted, t, locale).map((line) => lowerFirst(line.label, locale)) : [];
    if (reverted && asksFirst(reverted)) {
      setAsking(fields);
    } else {
      undoing.mutate();
    }
  }

  return (
    <section className="card history" aria-labelledby="history-title">
      <div className="section-head">
        <h2 id="history-title" ref={heading} tabIndex={-1}>
          {t('catalog:history.title')}
        </h2>
        {canUndo && asking !== null && (
          <ConfirmQuestion
            question={t('catalog:history.undoQuestion', {
              count: asking.length,
              fields: new Intl.ListFormat(locale, { type: 'conjunction' }).format(asking),
            })}
            confirm={t('catalog:history.undoConfirm')}
            cancel={t('catalog:history.undoKeep')}
            onConfirm={() => {
              setAsking(null);
              undoing.mutate();
            }}
            onWithdraw={() => {
              setAsking(null);
              void refocus(() => undoButton.current);
            }}
            onLeave={() => setAsking(null)}
          />
        )}
        {canUndo && asking === null && (
          <button
            type="button"
            ref={undoButton}
            onClick={undoLast}
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
      <p className="history-all">
        <Link to="/history">{t('catalog:recent.link')}</Link>
      </p>
    </section>
  );
}
