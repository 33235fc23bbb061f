import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { READING_STATUSES, type Entry, type ReadingStatus } from '../api/client';
import { refusalLoaded } from '../api/serverMessages';
import { readAgain } from '../api/readAgain';
import { refocus } from '../ui/refocus';
import { notify } from '../ui/toasts';
import { fetchTags, TAGS } from './tags';
import { addTags, changeEach, havingTag, moveTo, needingStatus, needingTags, removeTag, tagsOf, takeBack, type BulkOutcome } from './bulk';
import { addTyped } from '../catalog/entryForm';
import { ENTRIES } from './entries';
import { holdRemoval, type HeldRemoval } from './heldRemovals';

interface SelectionBarProps {
  selected: Entry[];
  /** How many entries the list shows: "Select all" picks them. */
  shown: number;
  onSelectAll(): void;
  onSelectNone(): void;
  /** The change is made (or refused): the list leaves selection. */
  onDone(): void;
}

const MOST_TAG_LENGTH = 50;
/** One bulk change's toast at a time: the Undo of an earlier one would take back a change made before this one. */
const BULK_TOAST = 'bulk-change';
/**
 * What an Undo did, in a toast of its own: pressing Undo closes the change's toast, which takes 200 ms to leave;
 * an undo answered sooner, given the same id, updated the leaving toast and was never seen.
 */
const UNDONE_TOAST = 'bulk-change-undone';

interface BulkChange {
  /** The selected entries that need the change. */
  entries: Entry[];
  change: Parameters<typeof changeEach>[1];
  said(changed: number): string;
  /** What to say when no entry selected needs it. */
  nothing: string;
  /** What to say of the selected entries left out, when not that they had it already. */
  skipped?: (count: number) => string;
}

/**
 * The selected entries of the library, changed together: moved to another list, given a tag, or removed. Held at
 * the window's foot, under the thumb, while the reader ticks cards; each change says what it did in a toast, with
 * an Undo that takes back each entry's change (a removal is held back until its Undo is gone: see `heldRemovals`).
 */
export function SelectionBar({ selected, shown, onSelectAll, onSelectNone, onDone }: SelectionBarProps) {
  const { t } = useTranslation(['library', 'common']);
  const queries = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; count: number }>();
  const [tagging, setTagging] = useState(false);
  const knownTags = useQuery({ queryKey: TAGS, queryFn: fetchTags, enabled: tagging }).data ?? [];
  const [tag, setTag] = useState('');
  // chosen, then moved to with the button: a closed select changes at each arrow key, which would move at once
  const [target, setTarget] = useState<ReadingStatus | ''>('');
  const tagButton = useRef<HTMLButtonElement>(null);
  const count = selected.length;
  const busy = progress !== undefined;
  useLeaveOnEscape(busy ? undefined : onDone);

  /**
   * A change to those of the selected entries that need it (`entries`): done entry by entry, then said. What it says
   * counts the selected ones it left alone, having what it gives already.
   */
  async function apply({ entries, change, said, nothing, skipped: saySkipped }: BulkChange) {
    if (entries.length === 0) {
      notify.message(nothing, { id: BULK_TOAST });
      return;
    }
    setProgress({ done: 0, count: entries.length });
    const outcome = await changeEach(entries, change, (done) => setProgress({ done, count: entries.length }));
    setProgress(undefined);
    setTagging(false);
    setTag('');
    onDone();
    const skipped = selected.length - entries.length;
    const leftOut = saySkipped ?? ((count: number) => t('library:bulk.skipped', { count }));
    const saidAll = (changed: number) => (skipped > 0 ? `${said(changed)} ${leftOut(skipped)}` : said(changed));
    await report(outcome, entries.length, saidAll, nothing);
    await readAgain(queries, { queryKey: ENTRIES });
  }

  async function report(outcome: BulkOutcome, count: number, said: (count: number) => string, nothing: string) {
    const undo = outcome.changed.length > 0
      ? { label: t('library:undo'), onClick: () => void undoAll(outcome.changed) }
      : undefined;
    if (outcome.changed.length === 0 && !outcome.firstFailure) {
      // each entry turned out to have it already (changed on another device meanwhile)
      notify.message(nothing, { id: BULK_TOAST });
    } else if (outcome.firstFailure) {
      notify.error(await partly('partly', outcome, count), { id: BULK_TOAST, action: undo, duration: 12000 });
    } else {
      notify.success(said(outcome.changed.length), { id: BULK_TOAST, action: undo, duration: 8000 });
    }
  }

  /** Each entry's part of the change taken back, unless the entry changed again since (see `takeBack`). */
  async function undoAll(changed: Entry[]) {
    const outcome = await changeEach(changed, takeBack);
    if (outcome.firstFailure) {
      notify.error(t('library:bulk.undoPartly', { done: outcome.changed.length, count: changed.length }), { id: UNDONE_TOAST });
    } else {
      notify.success(t('library:bulk.undone', { count: changed.length }), { id: UNDONE_TOAST });
    }
    await readAgain(queries, { queryKey: ENTRIES });
  }

  function move(status: ReadingStatus) {
    const label = t(`common:status.${status}`);
    void apply({
      entries: needingStatus(selected, status),
      change: moveTo(status),
      said: (moved) => t('library:bulk.moved', { count: moved, status: label }),
      nothing: t('library:bulk.alreadyThere', { status: label }),
    });
  }

  function submitTag(event: FormEvent) {
    event.preventDefault();
    // "isekai; magic" is two tags, as in an entry's tags field and an import
    const wanted = addTyped([], tag, true).tags;
    if (wanted.length > 0) {
      const named = wanted.map((each) => t('library:bulk.tagName', { tag: each })).join(', ');
      void apply({
        entries: needingTags(selected, wanted),
        change: addTags(wanted),
        said: (tagged) => t(wanted.length > 1 ? 'library:bulk.taggedSeveral' : 'library:bulk.tagged', { count: tagged, tags: named }),
        nothing: t(wanted.length > 1 ? 'library:bulk.alreadyTaggedSeveral' : 'library:bulk.alreadyTagged', { tags: named }),
      });
    }
  }

  /** The tag off every selected entry that has it: how a tag is renamed, with the one added in its place. */
  function untag(unwanted: string) {
    void apply({
      entries: havingTag(selected, unwanted),
      change: removeTag(unwanted),
      said: (untagged) => t('library:bulk.untagged', { count: untagged, tag: unwanted }),
      nothing: t('library:bulk.notTagged', { tag: unwanted }),
      skipped: (count) => t('library:bulk.skippedUntagged', { count }),
    });
  }

  /**
   * The selected entries out of the list at once, with an Undo instead of a question first: they are deleted when
   * the toast goes (see `heldRemovals`), each toast on its own, since an Undo here takes back only its own.
   */
  function removeSelected() {
    const removing = selected;
    onDone();
    const removal = holdRemoval(removing, queries);
    notify.success(t('library:bulk.removed', { count: removing.length }), {
      duration: 8000,
      action: {
        label: t('library:undo'),
        onClick: () => {
          if (removal.undo()) {
            notify.success(t('library:bulk.removalUndone', { count: removing.length }), { id: UNDONE_TOAST });
          } else {
            // the deletions went out meanwhile (the reader signed out, or the page was left and came back)
            notify.error(t('library:bulk.removalTooLate', { count: removing.length }), { id: UNDONE_TOAST });
          }
        },
      },
      onAutoClose: () => void carryOut(removal, removing.length),
      onDismiss: () => void carryOut(removal, removing.length),
    });
  }

  async function carryOut(removal: HeldRemoval, count: number) {
    const outcome = await removal.carryOut();
    if (outcome.firstFailure) {
      notify.error(await partly('removedPartly', outcome, count), { duration: 12000 });
    }
  }

  /** How many of the entries the change was done to, and the first one it was refused, with why. */
  async function partly(message: 'partly' | 'removedPartly', outcome: BulkOutcome, count: number) {
    const { entry, error } = outcome.firstFailure!;
    return t(`library:bulk.${message}`, {
      done: outcome.changed.length,
      count,
      title: entry.content_detail?.title,
      reason: await refusalLoaded(error, t('common:networkError')),
    });
  }

  /** The tag field closed: the focus it had goes back to the button that opened it. */
  function closeTagging() {
    setTagging(false);
    void refocus(() => tagButton.current);
  }

  return (
    <div className="selection-bar" role="region" aria-label={t('library:bulk.region')}>
      {/* all or none, as a list's head tick box does: part-ticked while some are */}
      <input
        type="checkbox"
        className="selection-all"
        ref={(box) => {
          if (box) box.indeterminate = count > 0 && count < shown;
        }}
        checked={shown > 0 && count === shown}
        disabled={busy}
        aria-label={t('library:bulk.selectAll', { count: shown })}
        onChange={() => (count === shown ? onSelectNone() : onSelectAll())}
      />
      <p className="selection-count" role="status">
        {busy ? t('library:bulk.working', progress) : t('library:bulk.selected', { count })}
      </p>
      <button type="button" className="selection-close" onClick={onDone} disabled={busy} aria-label={t('library:bulk.close')}>
        <X size={20} aria-hidden="true" />
      </button>
      {tagging ? (
        <form className="inline-input selection-tag" onSubmit={submitTag}>
          <input
            value={tag}
            maxLength={MOST_TAG_LENGTH}
            aria-label={t('library:bulk.tagLabel')}
            placeholder={t('library:bulk.tagLabel')}
            autoFocus
            onChange={(event) => setTag(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault(); // the tag field closes, the selection stays
                closeTagging();
              }
            }}
            aria-describedby="bulk-tag-length"
            list={knownTags.length > 0 ? 'bulk-known-tags' : undefined}
          />
          {/* the reader's tags, offered as they type: "Murim" is not typed again as "murim" */}
          {knownTags.length > 0 && (
            <datalist id="bulk-known-tags">
              {knownTags.map((known) => (
                <option key={known.name} value={known.name} />
              ))}
            </datalist>
          )}
          {/* the field stops at the limit: said, rather than a longer tag cut short without a word */}
          <small id="bulk-tag-length" className="hint selection-tag-hint">
            {t('library:bulk.tagLength', { count: tag.length, max: MOST_TAG_LENGTH })}
          </small>
          <button type="submit" disabled={busy || count === 0 || !tag.trim()}>
            {t('library:bulk.add')}
          </button>
          <button type="button" onClick={closeTagging}>
            {t('common:cancel')}
          </button>
          <TagsToRemove tags={tagsOf(selected)} disabled={busy} onRemove={untag} />
        </form>
      ) : (
        <div className="selection-actions">
          <form
            className="selection-move"
            onSubmit={(event) => {
              event.preventDefault();
              if (target) {
                move(target);
              }
            }}
          >
            <select
              value={target}
              aria-label={t('library:bulk.moveToLabel', { count })}
              disabled={busy || count === 0}
              onChange={(event) => setTarget(event.currentTarget.value as ReadingStatus | '')}
            >
              <option value="">{t('library:bulk.moveTo')}</option>
              {READING_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`common:status.${status}`)}
                </option>
              ))}
            </select>
            <button type="submit" disabled={busy || count === 0 || !target}>
              {t('library:bulk.move')}
            </button>
          </form>
          <button type="button" ref={tagButton} onClick={() => setTagging(true)} disabled={busy || count === 0}>
            {t('library:bulk.addTag')}
          </button>
          <button type="button" onClick={removeSelected} disabled={busy || count === 0}>
            {t('library:bulk.remove')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The selection's tags, each a button that takes it off the selected series that have it. */
function TagsToRemove({ tags, disabled, onRemove }: { tags: string[]; disabled: boolean; onRemove(tag: string): void }) {
  const { t } = useTranslation('library');
  if (tags.length === 0) {
    return null;
  }
  return (
    <div className="selection-untag" role="group" aria-label={t('bulk.removeTagGroup')}>
      <span className="hint">{t('bulk.removeTagGroup')}</span>
      {tags.map((tag) => (
        <button key={tag} type="button" className="tag-chip" disabled={disabled} onClick={() => onRemove(tag)} aria-label={t('bulk.removeTag', { tag })}>
          {tag}
          <X size={14} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}

/**
 * Escape leaves the selection, wherever the focus is (a card's tick box, the bar), unless a field or a question took
 * the key first; not while a change is under way.
 */
function useLeaveOnEscape(leave: (() => void) | undefined) {
  useEffect(() => {
    if (!leave) {
      return;
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        leave();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [leave]);
}
