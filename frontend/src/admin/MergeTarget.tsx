import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { CONTENTS, fetchContents, type Content } from './adminApi';
import { useUniqueId } from '../ui/useUniqueId';

/**
 * What the search starts with: the suggested title without its bracketed parts nor trailing punctuation. A
 * suggestion that duplicates a series usually names an edition of it ("One Piece (colored)", "Berserk [Deluxe]",
 * "Dune!"), which the whole title does not find; what is left does. A title that is nothing but brackets is kept.
 */
export function mergeSearchFor(title: string): string {
  const bare = title
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|【[^】]*】/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s\p{P}]+$/u, '');
  return bare || title.trim();
}

interface MergeTargetProps {
  /** The suggested content itself, never a target. */
  excluded: number;
  /** The suggested title: said in the question, and what the search starts from (see mergeSearchFor). */
  title: string;
  onChoose(content: Content): void;
  disabled: boolean;
}

/** A search among the public catalog for the series a suggestion duplicates; each result merges into it. */
export function MergeTarget({ excluded, title, onChoose, disabled }: MergeTargetProps) {
  const { t } = useTranslation('admin');
  const id = useUniqueId();
  const [search, setSearch] = useState(() => mergeSearchFor(title));
  const deferred = useDeferredValue(search.trim());
  const results = useQuery({
    queryKey: [...CONTENTS, 'merge-target', deferred],
    queryFn: () => fetchContents(deferred, 1),
    placeholderData: keepPreviousData,
    enabled: deferred.length > 0,
  });
  // only public contents take readers in: not this suggestion, nor another still under review
  const targets = (results.data?.results ?? []).filter((content) => content.id !== excluded && !content.suggestion);

  return (
    <div className="merge-target">
      <label htmlFor={`${id}-search`}>{t('suggestions.mergeSearch')}</label>
      <input
        id={`${id}-search`}
        type="search"
        className="search"
        value={search}
        placeholder={t('contents.searchPlaceholder')}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      {deferred && results.isSuccess && targets.length === 0 && <p className="muted">{t('contents.none')}</p>}
      <ul className="admin-list" aria-label={t('suggestions.mergeTargets')}>
        {targets.map((content) => (
          <li key={content.id} className="admin-row">
            <span className="admin-row-title">
              {content.title}
              <small className="muted">
                {content.feature_category_detail?.name} · {t('contents.chapterCount', { count: content.chapter_count ?? 0 })}
              </small>
            </span>
            {/* every reader of the suggestion moves, and the suggested series goes: asked first, as a delete is */}
            <ConfirmButton
              label={t('suggestions.mergeInto', { title: content.title })}
              question={t('suggestions.mergeQuestion', { title, into: content.title })}
              confirm={t('suggestions.mergeConfirm')}
              onConfirm={() => onChoose(content)}
              disabled={disabled}
            >
              {t('suggestions.mergeHere')}
            </ConfirmButton>
          </li>
        ))}
      </ul>
    </div>
  );
}
