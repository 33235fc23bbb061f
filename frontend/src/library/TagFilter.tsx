import { useQuery } from '@tanstack/react-query';
import { Tag } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchTags, TAGS } from './tags';

interface TagFilterProps {
  /** The tag the list is narrowed to, as the address has it (any case); "" for every entry. */
  tag: string;
  onChange(tag: string | null): void;
  selectRef?: Ref<HTMLSelectElement>;
}

/**
 * The tags the list can be narrowed to, the most used first: a reader looks for their "to buy" series without first
 * finding a card that has the tag. Not shown to a reader who tags nothing.
 */
export function TagFilter({ tag, onChange, selectRef }: TagFilterProps) {
  const { t } = useTranslation('library');
  const tags = useQuery({ queryKey: TAGS, queryFn: fetchTags });
  const names = (tags.data ?? []).map((each) => each.name);
  // the address may write the tag in another case than the list does: the same tag
  const chosen = tag ? (names.find((name) => name.toLowerCase() === tag.toLowerCase()) ?? tag) : '';
  if (names.length === 0 && !chosen) {
    return null;
  }
  return (
    <label className="compact tag-select">
      <Tag size={18} aria-hidden="true" className="sort-icon" />
      <span className="visually-hidden">{t('tagFilter')}</span>
      <select ref={selectRef} className={chosen ? 'chosen' : undefined} value={chosen} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{t('everyTag')}</option>
        {/* a tag gone from the list meanwhile (renamed on another device) stays chosen until another is */}
        {chosen && !names.includes(chosen) && <option value={chosen}>{chosen}</option>}
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
