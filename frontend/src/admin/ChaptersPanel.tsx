import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data, type Schemas } from '../api/client';
import { CheckField, Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { ALL, CHAPTERS, fetchChapters, useRefreshAll, type Chapter } from './adminApi';
import { AdminRow, useRowEditor } from './AdminRow';
import { MAX_RANGE, nextChapterNumber, parseChapterRange } from './forms';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { ConfirmQuestion } from '../ui/ConfirmButton';
import { Pending } from '../ui/LoadState';
import { intlLocale } from '../ui/intlLocale';
import { chapterTitle } from '../ui/chapterTitle';
import { formatDay } from '../ui/formats';
import { focusHeading, focusHeadingIfLost } from '../ui/focusHeading';
import { SearchBox } from '../ui/SearchBox';
import { useMediaQuery } from '../ui/useMediaQuery';
import { DeleteChapterRange } from './DeleteChapterRange';

/** The longest range added without a question: a season's chapters, not a typo's thousand. */
const ASK_ABOVE = 200;

/**
 * Chapters a page on a phone, where each is a row of its own: a page of 100 was 5,000 px to scroll past to reach
 * the pager. Up to the width where the rows turn compact (admin.css).
 */
const PHONE_PAGE_SIZE = 25;
const PHONE = '(max-width: 639px)';

async function addChapter(content: number, chapter_number: string, title = '', release_date?: string) {
  return data(
    await api.POST('/api/chapters', { body: { content, chapter_number, title, ...(release_date ? { release_date } : {}) } }),
  );
}

/**
 * A content's chapters in reading order: add one, add a whole range at once, find one by number or title (a
 * series of a thousand chapters has ten pages), correct or delete it, or delete a whole range.
 */
export function ChaptersPanel({ content }: { content: number }) {
  const { t } = useTranslation(['admin', 'common']);
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const pageSize = useMediaQuery(PHONE) ? PHONE_PAGE_SIZE : ALL;
  const chapters = useQuery({
    queryKey: [...CHAPTERS, content, deferred, pageSize, page],
    queryFn: () => fetchChapters(content, page, deferred, pageSize),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, chapters);
  const count = chapters.data?.count ?? 0;
  // the first page newest first, as the list opens: shared with it, not read twice
  const newest = useQuery({
    queryKey: [...CHAPTERS, content, '', pageSize, 1],
    queryFn: () => fetchChapters(content, 1, '', pageSize),
  });
  const next = newest.data ? nextChapterNumber(newest.data.results ?? []) : undefined;
  // each form's chapters added so far: what the other form last said (a refusal, a range added) is then stale
  const [added, setAdded] = useState({ one: 0, range: 0 });

  return (
    <section className="card" aria-labelledby="chapters-title">
      <h2 id="chapters-title" tabIndex={-1}>
        {t('chapters.title')} <span className="muted">({count})</span>
      </h2>
      <div className="admin-columns">
        <AddChapterForm
          content={content}
          next={next}
          addedElsewhere={added.range}
          onAdded={() => setAdded((counts) => ({ ...counts, one: counts.one + 1 }))}
        />
        <AddRangeForm
          content={content}
          next={next}
          addedElsewhere={added.one}
          onAdded={() => setAdded((counts) => ({ ...counts, range: counts.range + 1 }))}
        />
      </div>
      <div className="toolbar chapters-toolbar">
        <SearchBox
          value={search}
          label={t('chapters.search')}
          placeholder={t('chapters.searchPlaceholder')}
          onSearch={(text) => {
            setSearch(text);
            setPage(1);
          }}
        />
      </div>
      <Pending query={chapters} />
      {chapters.isError && <p role="alert">{t('common:loadFailed')}</p>}
      {chapters.isSuccess && count === 0 && <p className="muted">{deferred ? t('chapters.noMatch') : t('chapters.none')}</p>}
      <ul className="admin-list chapters" aria-label={t('chapters.title')}>
        {chapters.data?.results?.map((chapter) => <ChapterRow key={chapter.id} chapter={chapter} />)}
      </ul>
      <Pager
        page={page}
        count={count}
        pageSize={pageSize}
        onPage={setPage}
        heading="chapters-title"
        label={t('chapters.pages')}
      />
      <DeleteChapterRange content={content} />
    </section>
  );
}

interface AddFormProps {
  content: number;
  /** The number after the last chapter, once known. */
  next?: number;
  /** How many times the other form added chapters: each time, what this one said last no longer applies. */
  addedElsewhere: number;
  onAdded(): void;
}

/**
 * What a form said last (a refusal, a range's "added") no longer applies once the other form has added chapters:
 * `clear` runs each time `addedElsewhere`, the other form's count of additions, goes up.
 */
function useClearedBy(addedElsewhere: number, clear: () => void) {
  useEffect(() => {
    if (addedElsewhere > 0) {
      clear();
    }
  }, [addedElsewhere]);
}

/** The next number is there to start with (121 after 120): adding this week's chapter is one tap. */
function AddChapterForm({ content, next, addedElsewhere, onAdded }: AddFormProps) {
  const { t } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  // null until the administrator types: the field follows the list, and shows 122 once 121 is added
  const [typed, setTyped] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (form: FormData) =>
      addChapter(content, String(form.get('chapter_number') ?? ''), String(form.get('title') ?? ''), String(form.get('release_date') ?? '')),
    onSuccess: (chapter) => {
      toast.success(t('chapters.added', { number: chapter.chapter_number }));
      onAdded();
      return refresh();
    },
  });
  useClearedBy(addedElsewhere, add.reset);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    add.mutate(new FormData(form), {
      onSuccess: () => {
        form.reset();
        setTyped(null);
        // ready for the next chapter: the focus had fallen to the page with the button disabled
        form.querySelector<HTMLInputElement>('[name="chapter_number"]')?.focus();
      },
    });
  }
  return (
    <form className="chapter-form" onSubmit={submit} noValidate aria-labelledby="add-chapter-title">
      <h3 id="add-chapter-title">{t('chapters.addOne')}</h3>
      <div className="chapter-form-fields">
        <Field
          label={t('chapters.number')}
          name="chapter_number"
          required
          value={typed ?? (next === undefined ? '' : String(next))}
          onInput={(event) => setTyped(event.currentTarget.value)}
          error={fieldError(add.error, 'chapter_number')}
        />
        <Field label={t('chapters.chapterTitle')} name="title" error={fieldError(add.error, 'title')} />
        <ReleaseDateField error={fieldError(add.error, 'release_date')} />
      </div>
      <FormError error={add.error} fields={['chapter_number', 'title', 'release_date']} />
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('chapters.add')}
      </button>
    </form>
  );
}

/** The date a new chapter (or each of a range) came out; left empty, the feed dates it the day it is added. */
function ReleaseDateField({ error }: { error?: string }) {
  const { t } = useTranslation('admin');
  return <Field label={t('chapters.releaseDate')} name="release_date" type="date" hint={t('chapters.releaseDateHint')} error={error} />;
}

/**
 * "1–50": one request. The numbers the content has already are left out, unless the administrator asks for all or
 * nothing (then one of them refuses the whole range: a typo does not add half of one).
 */
function AddRangeForm({ content, next, addedElsewhere, onAdded }: AddFormProps) {
  const { t } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const [invalid, setInvalid] = useState<string>();
  // a long range typed, and the question whether to add it all
  const [asking, setAsking] = useState<{ from: number; to: number } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const add = useMutation({
    mutationFn: async ({ from, to, release_date, skip_existing }: { from: number; to: number; release_date: string; skip_existing: boolean }) =>
      data(
        await api.POST('/api/chapters/range', {
          body: { content, from, to, skip_existing, ...(release_date ? { release_date } : {}) },
        }),
      ),
    // said beside the form (role="status"), not in a toast too, which would stay over the form's button
    onSuccess: () => {
      onAdded();
      return refresh();
    },
  });
  useClearedBy(addedElsewhere, () => {
    add.reset();
    setInvalid(undefined);
  });
  function rangeAdded(added: { created?: number; skipped?: number }) {
    if (!added.created) {
      return t('chapters.nothingNew');
    }
    return t(added.skipped ? 'chapters.rangeSkipped' : 'chapters.rangeAdded', { count: added.created });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    addRange(false);
  }

  function addRange(confirmed: boolean) {
    const element = form.current!;
    const fields = new FormData(element);
    const range = parseChapterRange(String(fields.get('range') ?? ''));
    if (range.ok && !confirmed && range.to - range.from + 1 > ASK_ABOVE) {
      // "301-2000" for "301-320": a range this long is asked about first, before readers see 1,700 unread chapters
      add.reset();
      setInvalid(undefined);
      setAsking(range);
      return;
    }
    setAsking(null);
    if (!range.ok) {
      // what was said of the last range (added, or refused) is not about this one
      add.reset();
      setInvalid(t(`chapters.range.${range.reason}`, { max: MAX_RANGE }));
      // onto the field, whose message is its description: read out, where a refusal from the server also goes
      element.querySelector<HTMLInputElement>('[name="range"]')?.focus();
      return;
    }
    setInvalid(undefined);
    add.mutate(
      { ...range, release_date: String(fields.get('release_date') ?? ''), skip_existing: fields.get('skip_existing') === 'on' },
      {
        onSuccess: () => {
          element.reset();
          // ready for the next range: the focus had fallen to the page with the button disabled
          element.querySelector<HTMLInputElement>('[name="range"]')?.focus();
        },
      },
    );
  }

  return (
    <form ref={form} className="chapter-form" onSubmit={submit} noValidate aria-labelledby="add-range-title">
      <h3 id="add-range-title">{t('chapters.addRange')}</h3>
      <div className="chapter-form-fields range">
        <Field
          label={t('chapters.range.label')}
          name="range"
          placeholder={next === undefined ? '1–50' : `${next}–${next + 9}`}
          hint={t('chapters.range.hint')}
          error={invalid ?? fieldError(add.error, 'from') ?? fieldError(add.error, 'to')}
        />
        <ReleaseDateField error={fieldError(add.error, 'release_date')} />
      </div>
      <CheckField label={t('chapters.range.skip')} hint={t('chapters.range.skipHint')} name="skip_existing" defaultChecked />
      {add.isSuccess && <p role="status">{rangeAdded(add.data)}</p>}
      <FormError error={add.error} fields={['from', 'to', 'release_date']} />
      {asking ? (
        <ConfirmQuestion
          question={t('chapters.range.question', { count: asking.to - asking.from + 1, from: asking.from, to: asking.to })}
          confirm={t('chapters.range.confirm')}
          tone="primary"
          onConfirm={() => addRange(true)}
          onWithdraw={() => {
            setAsking(null);
            form.current?.querySelector<HTMLInputElement>('[name="range"]')?.focus();
          }}
          onLeave={() => setAsking(null)}
        />
      ) : (
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('chapters.addAll')}
        </button>
      )}
    </form>
  );
}

/** The fields of the chapter form, as the API takes them: an emptied date is a JSON null, which clears it. */
function chapterFields(form: FormData): Schemas['ChapterPatch'] {
  const releaseDate = String(form.get('release_date') ?? '');
  return {
    chapter_number: String(form.get('chapter_number') ?? ''),
    title: String(form.get('title') ?? ''),
    release_date: releaseDate === '' ? null : releaseDate,
  };
}

function ChapterRow({ chapter }: { chapter: Chapter }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const id = chapter.id!;
  const save = useMutation({
    mutationFn: async (form: FormData) =>
      data(await api.PATCH('/api/chapters/{id}', { params: { path: { id } }, body: chapterFields(form) })),
    // the form closes once the list is read again: reopened sooner, it would show the chapter as it was, and
    // saving it would put that back
    onSuccess: async (saved) => {
      await refresh();
      toast.success(t('chapters.saved', { number: saved.chapter_number }));
      editor.close();
      // a new number the search no longer finds, or on another page: the row is gone, the heading takes the focus
      focusHeadingIfLost('chapters-title');
    },
  });
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/chapters/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      await refresh();
      focusHeading('chapters-title');
    },
  });
  const editor = useRowEditor(save.reset);

  if (editor.editing) {
    return (
      <li>
        <form
          className="chapter-edit"
          aria-label={t('chapters.editLabel', { number: chapter.chapter_number })}
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(new FormData(event.currentTarget));
          }}
          onKeyDown={editor.cancelOnEscape}
          noValidate
        >
          <Field label={t('chapters.number')} name="chapter_number" defaultValue={chapter.chapter_number} required autoFocus error={fieldError(save.error, 'chapter_number')} />
          <Field label={t('chapters.chapterTitle')} name="title" defaultValue={chapter.title ?? ''} error={fieldError(save.error, 'title')} />
          <Field label={t('chapters.releaseDate')} name="release_date" type="date" defaultValue={chapter.release_date ?? ''} error={fieldError(save.error, 'release_date')} />
          <FormError error={save.error} fields={['chapter_number', 'title', 'release_date']} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={save.isPending}>
              {t('common:save')}
            </button>
            <button type="button" onClick={editor.cancel}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <AdminRow
      opener={editor.opener}
      onEdit={editor.open}
      edit={t('chapters.edit')}
      editLabel={t('chapters.editLabel', { number: chapter.chapter_number })}
      deleteLabel={t('chapters.deleteLabel', { number: chapter.chapter_number })}
      deleteQuestion={t('chapters.deleteQuestion', { number: chapter.chapter_number })}
      onDelete={() => remove.mutate()}
      deleting={remove.isPending}
      deleteError={remove.error}
    >
      {/* number and title in one line of text that wraps between words; the no-break space keeps "·" after the
          number rather than at the start of the next line */}
      <span>
        {t('chapters.chapter', { number: chapter.chapter_number })}
        {chapterTitle(chapter.title, chapter.chapter_number) && <span className="muted">{`\u00a0· ${chapter.title}`}</span>}
      </span>
      {chapter.release_date && (
        <small className="muted">{formatDay(chapter.release_date, intlLocale(i18n.language), 'medium')}</small>
      )}
    </AdminRow>
  );
}
