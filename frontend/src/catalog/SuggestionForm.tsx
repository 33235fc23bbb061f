import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DAYS, orderDays, parseAltTitles } from '../admin/forms';
import { Field, SelectField, TextAreaField } from '../ui/Field';
import { CategorySelect } from '../ui/CategorySelect';
import { FormError, fieldError } from '../ui/FormError';
import { fetchCategories, keys, LANGUAGES } from './catalogApi';
import { languageName } from './format';
import type { SuggestionRequest } from './suggestionsApi';

/** The language the API gives a content whose language is not said (`fr`, as in the original design). */
const DEFAULT_LANGUAGE = 'fr';

const FIELDS = ['title', 'feature_category', 'author', 'language', 'description', 'alt_titles', 'release_days'];

interface SuggestionFormProps {
  /** What the reader searched for, as a start. */
  initialTitle: string;
  onSubmit(request: SuggestionRequest): void;
  busy: boolean;
  error: unknown;
}

/**
 * What a reader knows of a missing series: its title and category, and if they like, its author, language,
 * summary, other titles and release days. The server checks it as it checks any content.
 */
export function SuggestionForm({ initialTitle, onSubmit, busy, error }: SuggestionFormProps) {
  const { t, i18n } = useTranslation(['catalog', 'common']);
  const categories = useQuery({ queryKey: keys.categories, queryFn: fetchCategories });
  // the fields changed since the last submission: the server's word on one no longer applies once it is changed
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const errorOf = (name: string) => (edited.has(name) ? undefined : fieldError(error, name));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setEdited(new Set());
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    onSubmit({
      title: text('title'),
      // none chosen: sent as null, for the server to say it is required beside the field
      feature_category: (Number(text('feature_category')) || null) as number,
      ...(text('author') ? { author: text('author') } : {}),
      ...(text('language') ? { language: text('language') } : {}),
      ...(text('description') ? { description: text('description') } : {}),
      alt_titles: parseAltTitles(String(form.get('alt_titles') ?? '')),
      release_days: orderDays(form.getAll('release_days').map(String)),
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="suggestion-form"
      onInput={(event) => {
        const name = (event.target as HTMLInputElement).name;
        if (name && !edited.has(name)) {
          setEdited(new Set(edited).add(name));
        }
      }}
    >
      <div className="form-grid">
        <Field
          label={t('catalog:suggest.titleField')}
          name="title"
          defaultValue={initialTitle}
          required
          autoComplete="off"
          error={errorOf('title')}
        />
        <CategorySelect
          label={t('catalog:category')}
          placeholder={t('catalog:suggest.chooseCategory')}
          categories={categories.data}
          defaultValue=""
          error={errorOf('feature_category')}
        />
        <Field label={t('catalog:author')} name="author" hint={t('catalog:suggest.optional')} error={errorOf('author')} />
        <SelectField
          label={t('catalog:language')}
          name="language"
          // unsaid until the reader says it: the interface's language is not the series' (a Japanese manga, read in French).
          // Left unsaid, the catalog files it under its default, French, as for any content: the choice says so
          defaultValue=""
          error={errorOf('language')}
        >
          <option value="">{t('catalog:suggest.defaultLanguage', { language: languageName(DEFAULT_LANGUAGE, i18n.language) })}</option>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label={t('catalog:suggest.description')}
        name="description"
        rows={3}
        hint={t('catalog:suggest.optional')}
        error={errorOf('description')}
      />
      <TextAreaField
        label={t('catalog:suggest.altTitles')}
        name="alt_titles"
        rows={2}
        hint={t('catalog:suggest.altTitlesHint')}
        error={errorOf('alt_titles')}
      />
      <fieldset className="days">
        <legend>{t('catalog:releaseDays')}</legend>
        {DAYS.map((day) => (
          <label key={day} className="day">
            <input type="checkbox" name="release_days" value={day} />
            <span>{t(`common:day.${day}`)}</span>
          </label>
        ))}
      </fieldset>
      <FormError error={error} fields={FIELDS} />
      <button type="submit" className="primary" disabled={busy}>
        {t('catalog:suggest.submit')}
      </button>
    </form>
  );
}
