import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { addTyped, TAG_MAX_LENGTH, TAGS_MAX, tagTooLong } from './entryForm';
import { fetchTags, TAGS } from '../library/tags';
import { refocus } from '../ui/refocus';
import { useUniqueId } from '../ui/useUniqueId';

interface TagsInputProps {
  tags: string[];
  onChange(tags: string[]): void;
  error?: string;
}

/**
 * The entry's tags as chips, each with its remove button, and a field that adds one on Enter, with its button,
 * or at a comma or semicolon (several at once when pasted).
 */
export function TagsInput({ tags, onChange, error }: TagsInputProps) {
  const { t } = useTranslation('catalog');
  const id = useUniqueId();
  const [draft, setDraft] = useState('');
  // the tag typed again, whatever its case: said, rather than dropped without a word
  const [repeated, setRepeated] = useState<string | null>(null);
  // the reader's other tags, offered as they type: asked for once the field is entered, not with every page
  const [wanted, setWanted] = useState(false);
  const known = useQuery({ queryKey: TAGS, queryFn: fetchTags, enabled: wanted });
  const offered = (known.data ?? []).map((tag) => tag.name).filter((tag) => !tags.some((taken) => taken.toLowerCase() === tag.toLowerCase()));
  const chips = useRef<HTMLUListElement>(null);
  const field = useRef<HTMLInputElement>(null);

  /** Removed, and the focus that went with its button onto the chip now in its place, else the field. */
  function remove(index: number) {
    onChange(tags.filter((_, other) => other !== index));
    const buttons = () => chips.current?.querySelectorAll('button') ?? [];
    void refocus(() => buttons()[index] ?? buttons()[index - 1], () => field.current);
  }
  // full: said before a 21st is typed, rather than refused on saving
  const full = tags.length >= TAGS_MAX;
  // a tag longer than the server takes: said as it is typed or pasted, rather than cut at the 50th character
  const tooLong = tagTooLong(draft);
  const problem = tooLong ? t('tagTooLong', { max: TAG_MAX_LENGTH, count: tooLong.length }) : error;

  // a separator typed or pasted ends the tags before it; Enter or the button ends the last one too
  function take(text: string, whole: boolean) {
    const typed = addTyped(tags, text, whole);
    if (typed.tags !== tags) {
      onChange(typed.tags);
    }
    setRepeated(alreadyThere(tags, text, typed.rest));
    setDraft(typed.rest);
  }

  return (
    <div className="field tags-field">
      <label htmlFor={id}>{t('field.tags')}</label>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={t('currentTags')} ref={chips}>
          {tags.map((tag, index) => (
            <li key={tag}>
              <span>{tag}</span>
              <button type="button" onClick={() => remove(index)} aria-label={t('removeTag', { tag })}>
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-input">
        <input
          id={id}
          ref={field}
          value={draft}
          placeholder={t('tagPlaceholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={[problem && `${id}-error`, full && `${id}-full`, repeated && `${id}-repeated`].filter(Boolean).join(' ') || undefined}
          list={offered.length > 0 ? `${id}-known` : undefined}
          onFocus={() => setWanted(true)}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            // tags are ended by a separator typed or pasted; an edit elsewhere (a tag too long being shortened, in
            // the middle of the text) leaves them text: shortened to 50, it became a chip at once, cut at the caret
            if (separators(typed) > separators(draft)) {
              take(typed, false);
            } else {
              setDraft(typed);
              setRepeated(null);
            }
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              take(draft, true);
            }
          }}
        />
        <button type="button" onClick={() => take(draft, true)} disabled={full || !draft.trim() || tooLong !== undefined}>
          {t('addTag')}
        </button>
      </div>
      {offered.length > 0 && (
        <datalist id={`${id}-known`}>
          {offered.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      )}
      {repeated && (
        <small id={`${id}-repeated`} className="hint" role="status">
          {t('tagRepeated', { tag: repeated })}
        </small>
      )}
      {full && (
        <small id={`${id}-full`} className="hint">
          {t('tagsFull', { max: TAGS_MAX })}
        </small>
      )}
      {problem && (
        <small id={`${id}-error`} className="error">
          {problem}
        </small>
      )}
    </div>
  );
}

/** How many separators a text holds: one more than before, and the reader has ended a tag. */
const separators = (text: string) => text.match(/[,;]/g)?.length ?? 0;

/** The tag among those the text ended that the entry has already, whatever its case: the one it has. */
function alreadyThere(tags: string[], text: string, rest: string): string | null {
  const ended = text.slice(0, text.length - rest.length).split(/[,;]/).map((part) => part.trim().toLowerCase());
  return tags.find((tag) => ended.includes(tag.toLowerCase())) ?? null;
}
