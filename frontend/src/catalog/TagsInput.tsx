import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { addTag, TAGS_MAX } from './entryForm';

interface TagsInputProps {
  tags: string[];
  onChange(tags: string[]): void;
  error?: string;
}

/** The entry's tags as chips, each with its remove button, and a field that adds one on Enter or with its button. */
export function TagsInput({ tags, onChange, error }: TagsInputProps) {
  const { t } = useTranslation('catalog');
  const id = useId();
  const [draft, setDraft] = useState('');
  // full: said before a 21st is typed, rather than refused on saving
  const full = tags.length >= TAGS_MAX;

  function add() {
    onChange(addTag(tags, draft));
    setDraft('');
  }

  return (
    <div className="field tags-field">
      <label htmlFor={id}>{t('field.tags')}</label>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={t('currentTags')}>
          {tags.map((tag) => (
            <li key={tag}>
              <span>{tag}</span>
              <button type="button" onClick={() => onChange(tags.filter((other) => other !== tag))} aria-label={t('removeTag', { tag })}>
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-input">
        <input
          id={id}
          value={draft}
          maxLength={50}
          placeholder={t('tagPlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error && `${id}-error`, full && `${id}-full`].filter(Boolean).join(' ') || undefined}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={full || !draft.trim()}>
          {t('addTag')}
        </button>
      </div>
      {full && (
        <small id={`${id}-full`} className="hint">
          {t('tagsFull', { max: TAGS_MAX })}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="error">
          {error}
        </small>
      )}
    </div>
  );
}
