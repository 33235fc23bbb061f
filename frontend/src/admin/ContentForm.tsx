import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { serverMessages } from '../api/serverMessages';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { CATEGORIES, fetchAllCategories, type Content, type ContentRequest } from './adminApi';
import { DAYS, formatAltTitles, orderDays, parseAltTitles, parseRating } from './forms';
import { SelectField, TextAreaField } from '../ui/Field';
import { CategorySelect } from '../ui/CategorySelect';
import { LANGUAGES } from '../catalog/catalogApi';
import { languageName } from '../catalog/format';
import { decimalMark } from '../ui/formats';
import { intlLocale } from '../ui/intlLocale';

const STATUSES = ['ongoing', 'completed', 'hiatus'] as const;
/** The server's own default for a content that names none. */
const DEFAULT_LANGUAGE = 'fr';
const FIELDS = ['title', 'feature_category', 'author', 'language', 'status', 'rating', 'description', 'alt_titles', 'release_days'];

interface ContentFormProps {
  content?: Content;
  onSubmit(request: ContentRequest): void;
  busy: boolean;
  error: unknown;
  /** What the submit button says, when neither "Save" nor "Create" does (approving a suggestion). */
  submitLabel?: string;
  /** Told whether the form holds changes not yet sent: for the page to ask before they are lost. */
  onUnsavedChange?(unsaved: boolean): void;
}

/** What the form's fields hold, to tell a change from what it was filled with (a line break read as typed). */
function valuesOf(form: HTMLFormElement): string {
  const fields = new FormData(form);
  return JSON.stringify(FIELDS.map((name) => fields.getAll(name).map((value) => String(value).replace(/\r\n?/g, '\n'))));
}

/**
 * What the form shows of a content: a new value of one of them (saved here, or by someone else) starts the form
 * afresh, a new cover does not, so that it never wipes what is being typed.
 */
export function detailsOf(content: Content): string {
  return JSON.stringify(FIELDS.map((name) => content[name as keyof Content]));
}

/** Title, category, author, language, status, rating, description, other titles and release days of a content. */
export function ContentForm({ content, onSubmit, busy, error, submitLabel, onUnsavedChange }: ContentFormProps) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const categories = useQuery({ queryKey: [...CATEGORIES, 'all'], queryFn: fetchAllCategories });
  // the fields as filled, taken again once the categories come (the category's select is drawn again then), and
  // compared with at each change: typed back as it was, the form holds nothing unsaved
  const formElement = useRef<HTMLFormElement>(null);
  const filled = useRef<string>(undefined);
  const [unsaved, setUnsaved] = useState(false);
  const categoriesLoaded = categories.data !== undefined;
  useEffect(() => {
    if (formElement.current && !unsaved) {
      filled.current = valuesOf(formElement.current);
    }
  }, [categoriesLoaded]);
  useEffect(() => {
    onUnsavedChange?.(unsaved);
  }, [unsaved]);
  // gone (a review's form closed, the page left), it holds nothing
  useEffect(() => () => onUnsavedChange?.(false), []);
  function compare() {
    if (formElement.current && filled.current !== undefined) {
      setUnsaved(valuesOf(formElement.current) !== filled.current);
    }
  }
  const [ratingError, setRatingError] = useState<string>();
  const shown = ratingError ? null : error;
  const serverError = (name: string) => fieldError(shown, name) ?? nestedError(shown, name);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) {
      return;
    }
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const rating = parseRating(text('rating'));
    if (rating === 'invalid') {
      setRatingError(t('contentForm.ratingInvalid'));
      // where the reader looks next, as for a refusal by the server: the button may be a screen away from it
      (event.currentTarget.elements.namedItem('rating') as HTMLInputElement | null)?.focus();
      return;
    }
    setRatingError(undefined);
    onSubmit({
      title: text('title'),
      // none chosen is sent as none, for the server's "required" (a 0 would be an unknown category)
      feature_category: (text('feature_category') ? Number(text('feature_category')) : null) as number,
      author: text('author').trim(),
      language: text('language'),
      status: text('status') as ContentRequest['status'],
      // emptied, an explicit null: left out, a PUT keeps the rating there was
      rating: rating ?? null,
      description: text('description'),
      alt_titles: parseAltTitles(text('alt_titles')),
      release_days: orderDays(form.getAll('release_days').map(String)),
    });
  }

  const days = new Set(content?.release_days ?? []);
  // the codes the catalog's language filter offers, so that every content can be found by it; a content saved
  // with another value keeps it until someone chooses
  const uiLanguage = i18n.language.split('-')[0];
  const language = content?.language ?? (LANGUAGES.includes(uiLanguage) ? uiLanguage : DEFAULT_LANGUAGE);
  const languages = LANGUAGES.includes(language) ? LANGUAGES : [language, ...LANGUAGES];
  return (
    <form ref={formElement} onSubmit={submit} onInput={compare} onChange={compare} noValidate className="content-form">
      <div className="form-grid">
        <Field label={t('contentForm.title')} name="title" defaultValue={content?.title} required error={serverError('title')} />
        <CategorySelect
          label={t('contentForm.category')}
          placeholder={t('contentForm.chooseCategory')}
          categories={categories.data}
          defaultValue={content?.feature_category ?? ''}
          error={serverError('feature_category')}
        />
        <Field label={t('contentForm.author')} name="author" defaultValue={content?.author} error={serverError('author')} />
        <SelectField label={t('contentForm.language')} name="language" defaultValue={language} error={serverError('language')}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {LANGUAGES.includes(code) ? languageName(code, i18n.language) : t('contentForm.languageAsSaved', { value: code })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('contentForm.status')} name="status" defaultValue={content?.status ?? 'ongoing'} error={serverError('status')}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`common:contentStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('contentForm.rating')}
          name="rating"
          inputMode="decimal"
          defaultValue={content?.rating == null ? '' : String(content.rating).replace('.', decimalMark(intlLocale(i18n.language)))}
          hint={t('contentForm.ratingHint')}
          error={ratingError ?? serverError('rating')}
        />
      </div>
      <TextAreaField
        label={t('contentForm.description')}
        name="description"
        defaultValue={content?.description}
        rows={4}
        error={serverError('description')}
      />
      <TextAreaField
        label={t('contentForm.altTitles')}
        name="alt_titles"
        defaultValue={formatAltTitles(content?.alt_titles)}
        rows={3}
        hint={t('contentForm.altTitlesHint')}
        error={serverError('alt_titles')}
      />
      <fieldset className="days">
        <legend>{t('contentForm.releaseDays')}</legend>
        {DAYS.map((day) => (
          <label key={day} className="day">
            <input type="checkbox" name="release_days" value={day} defaultChecked={days.has(day)} />
            <span>{t(`common:day.${day}`)}</span>
          </label>
        ))}
        {serverError('release_days') && <p className="form-error">{serverError('release_days')}</p>}
      </fieldset>
      <FormError error={shown} fields={FIELDS} />
      {/* not `disabled` while saving: a disabled button loses the focus, and the editor their place */}
      <button type="submit" className="primary" aria-disabled={busy}>
        {submitLabel ?? (content ? t('common:save') : t('contentForm.create'))}
      </button>
    </form>
  );
}

/** Messages for list items come keyed `alt_titles[0]`: they belong beside the list's field. */
function nestedError(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  const errors = (error.problem.errors ?? {}) as Record<string, string[]>;
  const messages = Object.entries(errors)
    .filter(([key]) => key.startsWith(`${name}[`) || key.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
  return serverMessages(messages);
}
