import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ExternalLink } from 'lucide-react';
import { ApiError, READING_STATUSES, type Entry } from '../api/client';
import { serverMessages } from '../api/serverMessages';
import { readAgain } from '../api/readAgain';
import { ENTRIES } from '../library/entries';
import { Field } from '../ui/Field';
import { fieldError, FormError } from '../ui/FormError';
import { keys, saveEntry, type EntryChanges } from './catalogApi';
import { CheckField, SelectField, TextAreaField } from '../ui/Field';
import { changedFields, formFromEntry, nextChapterNumber, rebasedForm, type EntryForm } from './entryForm';
import { useConfirmLeaving } from '../ui/useConfirmLeaving';
import { decimalMark } from '../ui/formats';
import { intlLocale } from '../ui/intlLocale';
import { characterCount, clipInsertion } from '../ui/characters';
import { TagsInput } from './TagsInput';
import { isChapterRead } from './chapters';
import { refocus } from '../ui/refocus';
import { useUnknownChapter } from './useUnknownChapter';


/** One "Saved" at a time, taken away when it no longer holds. */
const SAVED_TOAST = 'entry-saved';
/** The notes' length as the server counts it (characters); how many are left is said past the last 500. */
const NOTES_MAX = 10000;
const NOTES_WARNING = 500;
const FIELDS = ['status', 'last_chapter', 'score', 'started_on', 'finished_on', 'rereading', 'reread_count', 'favorite', 'private', 'reading_url', 'tags', 'notes'];

/** The server's messages for the tags, whether about the list or one of them (`tags[2]`). */
function tagErrors(error: unknown): { message?: string; names: string[] } {
  if (!(error instanceof ApiError)) {
    return { names: [] };
  }
  const errors = (error.problem.errors ?? {}) as Record<string, string[]>;
  const names = Object.keys(errors).filter((name) => name === 'tags' || name.startsWith('tags['));
  return { message: serverMessages(names.flatMap((name) => errors[name])), names };
}

/**
 * Everything the reader records about a content, saved at once. Only the fields they changed are sent, so a save
 * never puts back an older value of a field that changed elsewhere meanwhile; the server's messages show beside
 * their fields. A newer version of the entry (saved here, undone, changed on another device) shows in every field
 * but those the reader is typing in; leaving the screen with unsaved changes asks first.
 */
export function EntryEditor({ entry, focusHeading = false, focusLastChapter = false, onLastChapterFocused }: {
  entry: Entry;
  focusHeading?: boolean;
  /** Opened to say where the reader is in the series (see setChapter.ts); told back once the field has the focus. */
  focusLastChapter?: boolean;
  onLastChapterFocused?(): void;
}) {
  const { t, i18n } = useTranslation(['catalog', 'common']);
  const queries = useQueryClient();
  const mark = decimalMark(intlLocale(i18n.language));
  const [form, setForm] = useState<EntryForm>(() => formFromEntry(entry, mark));
  // just added from this page: the button pressed is gone, and the focus with it; the editor in its place takes it
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) {
      void refocus(() => heading.current);
    }
    // on arrival only: a later change of the page's state is no arrival
  }, []);
  const formElement = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const field = formElement.current?.elements.namedItem('last_chapter');
    if (focusLastChapter && field instanceof HTMLInputElement) {
      field.focus();
      onLastChapterFocused?.();
    }
  }, [focusLastChapter]);
  // the version the form was filled from: what the reader typed is told apart from it
  const [shown, setShown] = useState(entry);
  const [notesClipped, setNotesClipped] = useState(false);
  // the fields changed since the last save was tried
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (entry.updated_at !== shown.updated_at) {
      setForm((typed) => rebasedForm(shown, entry, typed, mark));
      setShown(entry);
    }
  }, [entry, shown, mark]);
  const changes = changedFields(shown, form);
  const dirty = Object.keys(changes).length > 0;
  useConfirmLeaving(dirty, t('catalog:leaveUnsaved'));
  // the bar of unsaved changes comes up at the window's foot with the first change: the field changed stays above it
  useEffect(() => {
    const active = document.activeElement;
    if (dirty && active instanceof HTMLElement && formElement.current?.contains(active)) {
      keepInSight(active);
    }
  }, [dirty]);

  const save = useMutation({
    mutationFn: (body: EntryChanges) => saveEntry(entry.id!, body),
    onSuccess: (saved) => {
      // the form shows what was saved, as the server wrote it (notes trimmed, an address made absolute)
      setForm(formFromEntry(saved, mark));
      setShown(saved);
      queries.setQueryData(keys.entryFor(entry.content!), saved);
      toast.success(t('common:saved'), { id: SAVED_TOAST });
      return readAgain(queries, { queryKey: ENTRIES });
    },
  });
  // "Saved" is about the last save: gone as soon as the form holds changes again, or a save is refused
  useEffect(() => {
    if (dirty || save.isError) {
      toast.dismiss(SAVED_TOAST);
    }
  }, [dirty, save.isError]);
  const error = save.error;
  const tags = tagErrors(error);
  const next = nextChapterNumber(form.last_chapter, entry);
  const unknownChapter = useUnknownChapter(entry.content!, form.last_chapter);
  const notesLeft = NOTES_MAX - characterCount(form.notes);
  const latest = shown.latest_chapter?.chapter_number;
  // completed by its status, the series would still show every chapter after the last one read as unread; offered
  // while chapters are unread and the last chapter is as saved: never a step back for a reader past the latest
  const offerLatest =
    latest !== undefined && form.status === 'completed' && (shown.unread_count ?? 0) > 0 && form.last_chapter === (shown.last_chapter ?? '');

  // the last chapter the status "Completed" filled in, to put back what was there if the reader changes their mind
  const [filled, setFilled] = useState<{ before: string; latest: string } | null>(null);

  /**
   * A series marked completed is read to its end: the last chapter read becomes the catalog's latest, in sight before
   * saving (and can be changed back), unless the form is already there or beyond. Otherwise every chapter after it
   * would stay unread, and the library would offer to read chapter 1 of a finished series.
   */
  function setStatus(status: EntryForm['status']) {
    set('status', status);
    if (status === 'completed' && latest !== undefined && !isChapterRead(latest, form.last_chapter.trim())) {
      setFilled({ before: form.last_chapter, latest });
      set('last_chapter', latest);
    } else if (status !== 'completed' && filled && form.last_chapter === filled.latest) {
      set('last_chapter', filled.before);
      setFilled(null);
    }
  }

  function set<K extends keyof EntryForm>(name: K, value: EntryForm[K]) {
    setForm((current) => ({ ...current, [name]: value }));
    setEdited((fields) => (fields.has(name) ? fields : new Set(fields).add(name)));
  }

  /** The server's word on a field, until the reader changes that field: then it no longer applies. */
  function errorOf(name: string) {
    return edited.has(name) ? undefined : fieldError(error, name);
  }

  return (
    <form
      ref={formElement}
      className="entry-editor"
      // found by "Set chapter" when the toast is pressed on this very page (setChapter.ts)
      data-content={entry.content}
      noValidate
      aria-labelledby="entry-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty && !save.isPending) {
          setEdited(new Set());
          save.mutate(changes);
        }
      }}
    >
      <h2 id="entry-title" ref={heading} tabIndex={-1}>
        {t('catalog:myEntry')}
      </h2>
      <FormError error={error} fields={[...FIELDS, ...tags.names]} />
      <div className="form-grid">
        <SelectField
          label={t('catalog:field.status')}
          value={form.status}
          error={errorOf('status')}
          onChange={(event) => setStatus(event.currentTarget.value as EntryForm['status'])}
        >
          {READING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`common:status.${status}`)}
            </option>
          ))}
        </SelectField>
        <div className="with-button">
          <Field
            label={t('catalog:field.last_chapter')}
            name="last_chapter"
            value={form.last_chapter}
            maxLength={50}
            hint={unknownChapter ? t('catalog:unknownChapter') : undefined}
            error={errorOf('last_chapter')}
            onChange={(event) => set('last_chapter', event.currentTarget.value)}
          />
          <button
            type="button"
            className="plus-one"
            disabled={next === null}
            aria-label={next ? t('catalog:setNextChapter', { chapter: next }) : t('catalog:noNextChapter')}
            onClick={(event) => {
              if (next) {
                set('last_chapter', next);
                // tapped near the window's foot, the bar that comes up would cover it and its field: a second tap
                // landed on the bar (a tap does not focus a button in every browser: the effect above may not see it)
                keepInSight(event.currentTarget);
              }
            }}
          >
            +1
          </button>
        </div>
        {offerLatest && (
          <p className="completion-offer">
            <button type="button" onClick={() => set('last_chapter', latest)}>
              {t('catalog:readThroughLatest', { chapter: latest })}
            </button>
          </p>
        )}
        <Field
          label={t('catalog:field.score')}
          // text, not a number input: browsers drop the decimal comma a French reader types ("8,5" became 85)
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={form.score}
          hint={t('catalog:scoreHint')}
          error={errorOf('score')}
          onChange={(event) => set('score', event.currentTarget.value)}
        />
        <Field
          label={t('catalog:field.reread_count')}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={form.reread_count}
          error={errorOf('reread_count')}
          onChange={(event) => set('reread_count', event.currentTarget.value)}
        />
        <Field
          label={t('catalog:field.started_on')}
          type="date"
          value={form.started_on}
          error={errorOf('started_on')}
          onChange={(event) => set('started_on', event.currentTarget.value)}
        />
        <Field
          label={t('catalog:field.finished_on')}
          type="date"
          value={form.finished_on}
          error={errorOf('finished_on')}
          onChange={(event) => set('finished_on', event.currentTarget.value)}
        />
      </div>
      {/* the yes-or-no fields side by side, together, rather than each in a cell of the grid beside a field */}
      <div className="entry-flags">
        <CheckField
          label={t('catalog:field.favorite')}
          checked={form.favorite}
          error={errorOf('favorite')}
          onChange={(event) => set('favorite', event.currentTarget.checked)}
        />
        <CheckField
          label={t('catalog:field.rereading')}
          checked={form.rereading}
          error={errorOf('rereading')}
          onChange={(event) => set('rereading', event.currentTarget.checked)}
        />
        <CheckField
          label={t('catalog:field.private')}
          checked={form.private}
          hint={t('catalog:privateHint')}
          error={errorOf('private')}
          onChange={(event) => set('private', event.currentTarget.checked)}
        />
      </div>
      <Field
        label={t('catalog:field.reading_url')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={form.reading_url}
        maxLength={500}
        error={errorOf('reading_url')}
        onChange={(event) => set('reading_url', event.currentTarget.value)}
      />
      {entry.reading_url && (
        <p className="reading-link">
          <a href={entry.reading_url} target="_blank" rel="noopener noreferrer">
            <ExternalLink size={16} aria-hidden="true" /> {t('catalog:openReadingUrl')}
          </a>
        </p>
      )}
      <TagsInput tags={form.tags} onChange={(value) => set('tags', value)} error={edited.has('tags') ? undefined : tags.message} />
      <TextAreaField
        label={t('catalog:field.notes')}
        value={form.notes}
        hint={
          notesClipped
            ? t('catalog:notesClipped', { max: NOTES_MAX })
            : notesLeft <= NOTES_WARNING
              ? t('catalog:notesLeft', { count: notesLeft })
              : undefined
        }
        error={errorOf('notes')}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          const kept = clipInsertion(form.notes, typed, NOTES_MAX);
          // the field shows what is kept, and says so: a long paste is not cut without a word
          if (kept !== typed) {
            event.currentTarget.value = kept;
          }
          setNotesClipped(kept !== typed);
          set('notes', kept);
        }}
      />
      {/* with changes to save, the buttons stay in sight at the bottom of the screen: +1 sits far above them on a phone */}
      <div className={dirty ? 'form-actions unsaved' : 'form-actions'}>
        {/* not `disabled` once saved: a disabled button loses the focus, and the reader their place in the form */}
        <button type="submit" className="primary" aria-disabled={!dirty || save.isPending}>
          {save.isPending ? t('catalog:saving') : t('common:save')}
        </button>
        {/*
          * only with changes to drop, and named for what it does: a Cancel with nothing to cancel stood right above the
          * Cancel of "Remove from my list?", two alike at once
          */}
        {dirty && (
          <>
            <button
              type="button"
              disabled={save.isPending}
              onClick={() => {
                setForm(formFromEntry(entry, mark));
                save.reset();
              }}
            >
              {t('catalog:discardChanges')}
            </button>
            <span className="muted unsaved-count">{t('catalog:unsaved', { count: Object.keys(changes).length })}</span>
          </>
        )}
      </div>
    </form>
  );
}

/**
 * An element scrolled just enough to be in sight, once the frame that draws the change is laid out: the window's
 * scroll padding (styles.css) keeps it clear of the bars at the foot.
 */
function keepInSight(element: HTMLElement) {
  requestAnimationFrame(() => element.scrollIntoView?.({ block: 'nearest' }));
}
