import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readAgain } from '../api/readAgain';
import { ENTRIES } from '../library/entries';
import { fetchTags, existingTag, removeTagEverywhere, renameTag, TAGS, undoTagChange, type ReaderTag, type TagChanges } from '../library/tags';
import { ConfirmButton } from '../ui/ConfirmButton';
import { Field } from '../ui/Field';
import { fieldError, FormError } from '../ui/FormError';
import { LoadState } from '../ui/LoadState';
import { notify } from '../ui/toasts';

/** One tag change's toast at a time: the Undo of an earlier one would take back changes made before this one. */
const TAG_TOAST = 'tag-change';
/** What an Undo did, in a toast of its own (the change's toast is still leaving when a quick undo answers). */
const UNDONE_TOAST = 'tag-change-undone';

/**
 * The reader's tags across their whole list, the most used first: each renamed (a typo corrected, two tags merged
 * into one, a tag written several ways made one) or taken off every series at once, with an Undo.
 */
export function TagsSection() {
  const { t } = useTranslation('settings');
  const tags = useQuery({ queryKey: TAGS, queryFn: fetchTags });
  return (
    <section className="card" aria-labelledby="tags-title">
      <h2 id="tags-title">{t('tags.title')}</h2>
      <p className="muted">{t('tags.intro')}</p>
      <LoadState query={tags} />
      {tags.isSuccess && tags.data.length === 0 && <p className="muted">{t('tags.none')}</p>}
      {tags.isSuccess && tags.data.length > 0 && (
        <ul className="tag-list" aria-labelledby="tags-title">
          {tags.data.map((tag) => (
            <TagItem key={tag.name} tag={tag} all={tags.data} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** What a tag change did, said in a toast with its Undo; the list and the library read again. */
function useTagChange() {
  const { t } = useTranslation('settings');
  const queries = useQueryClient();

  async function undo(changes: TagChanges) {
    const undone = await undoTagChange(changes);
    const count = changes.entries.length;
    if (undone < count) {
      notify.error(t('tags.undonePartly', { done: undone, count }), { id: UNDONE_TOAST });
    } else {
      notify.success(t('tags.undone', { count }), { id: UNDONE_TOAST });
    }
    await readAgain(queries, { queryKey: ENTRIES });
  }

  return async (changes: TagChanges, said: string) => {
    const action = changes.entries.length > 0 ? { label: t('tags.undo'), onClick: () => void undo(changes) } : undefined;
    notify.success(said, { id: TAG_TOAST, action, duration: 10_000 });
    await readAgain(queries, { queryKey: ENTRIES });
  };
}

function TagItem({ tag, all }: { tag: ReaderTag; all: ReaderTag[] }) {
  const { t } = useTranslation('settings');
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const told = useTagChange();
  const remove = useMutation({
    mutationFn: () => removeTagEverywhere(tag.name),
    onSuccess: (changes) => told(changes, t('tags.removed', { tag: tag.name, count: changes.entries.length })),
  });

  function closeForm() {
    setRenaming(false);
    // back where the reader was; the button is drawn again with the row
    requestAnimationFrame(() => renameButton.current?.focus());
  }

  return (
    <li className="tag-item">
      <div className="tag-summary">
        <Link to={`/library?tag=${encodeURIComponent(tag.name)}`} className="tag-name" aria-label={t('tags.show', { tag: tag.name })}>
          {tag.name}
        </Link>{' '}
        <span className="muted">{t('tags.series', { count: tag.entries })}</span>
        {tag.spellings.length > 1 && <p className="muted small">{t('tags.spellings', { spellings: tag.spellings.join(', ') })}</p>}
        <FormError error={remove.error} />
      </div>
      {renaming ? (
        <RenameTagForm tag={tag} all={all} onDone={closeForm} />
      ) : (
        <div className="button-row">
          <button type="button" ref={renameButton} onClick={() => setRenaming(true)} aria-label={t('tags.renameLabel', { tag: tag.name })}>
            {t('tags.rename')}
          </button>
          <ConfirmButton
            label={t('tags.removeLabel', { tag: tag.name })}
            question={t('tags.removeQuestion', { tag: tag.name, count: tag.entries })}
            confirm={t('tags.removeConfirm')}
            onConfirm={() => remove.mutate()}
            disabled={remove.isPending}
          >
            {t('tags.remove')}
          </ConfirmButton>
        </div>
      )}
    </li>
  );
}

/** The tag's new name: a name the reader uses already merges the two, which the field says before it is sent. */
function RenameTagForm({ tag, all, onDone }: { tag: ReaderTag; all: ReaderTag[]; onDone(): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const [name, setName] = useState(tag.name);
  const told = useTagChange();
  const rename = useMutation({
    mutationFn: (to: string) => renameTag(tag.name, to),
    onSuccess: async (changes, to) => {
      const said = changes.entries.length === 0
        ? t('tags.unchanged', { tag: to })
        : t(existingTag(all, to, tag.name) ? 'tags.merged' : 'tags.renamed', { from: tag.name, to, count: changes.entries.length });
      onDone();
      await told(changes, said);
    },
  });
  const merging = existingTag(all, name, tag.name);

  function submit(event: FormEvent) {
    event.preventDefault();
    rename.mutate(name.trim());
  }

  return (
    <form className="rename-tag" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <Field
        label={t('tags.newName', { tag: tag.name })}
        name="to"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        maxLength={50}
        required
        autoFocus
        hint={merging ? t('tags.mergeHint', { tag: merging.name, to: name.trim() }) : undefined}
        error={fieldError(rename.error, 'to')}
      />
      <FormError error={rename.error} fields={['to']} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={rename.isPending}>
          {t(merging ? 'tags.merge' : 'tags.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
