import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readAgain } from '../api/readAgain';
import { ENTRIES } from '../library/entries';
import { fetchTags, existingTag, removeTagEverywhere, renameTag, TAGS, undoTagChange, type ReaderTag, type TagChanges } from '../library/tags';
import { ConfirmButton } from '../ui/ConfirmButton';
import { Field } from '../ui/Field';
import { fieldError } from '../ui/FormError';
import { refusalLoaded } from '../api/serverMessages';
import { LoadState } from '../ui/LoadState';
import { notify } from '../ui/toasts';
import { useUniqueId } from '../ui/useUniqueId';
import { characterCount } from '../ui/characters';
import { pressedInToast, refocus, refocusAfterToast } from '../ui/refocus';
import { TAG_MAX_LENGTH } from '../catalog/entryForm';

/** One tag change's toast at a time: the Undo of an earlier one would take back changes made before this one. */
const TAG_TOAST = 'tag-change';

/**
 * The reader's tags across their whole list, the most used first: each renamed (a typo corrected, two tags merged
 * into one, a tag written several ways made one) or taken off every series at once, with an Undo.
 */
export function TagsSection() {
  const { t } = useTranslation('settings');
  const tags = useQuery({ queryKey: TAGS, queryFn: fetchTags });
  return (
    <section className="card" aria-labelledby="tags-title">
      <h2 id="tags-title" tabIndex={-1}>
        {t('tags.title')}
      </h2>
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

/** The Rename button of this tag's row, if the list shows it. */
function renameButtonOf(name?: string) {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.tag-item button[data-tag]')];
  return buttons.find((button) => button.dataset.tag === name);
}

/** The Rename button of this tag's row, or the section's heading once no row has it. */
function tagButton(name?: string) {
  return renameButtonOf(name) ?? document.getElementById('tags-title');
}

/**
 * Once the list read again shows the row of the tag `shown` and no longer that of `gone`, or after a second: the
 * answer is drawn a little after the read ends (later than the next frame on a busy device), and the focus must go
 * neither to the heading meanwhile nor stay on a row about to go.
 */
function drawn(shown?: string, gone?: string): Promise<void> {
  const done = () => (!shown || renameButtonOf(shown) !== undefined) && (!gone || gone === shown || renameButtonOf(gone) === undefined);
  return new Promise((resolve) => {
    let frames = 60;
    const look = () => (done() || frames-- <= 0 ? resolve() : requestAnimationFrame(look));
    look();
  });
}

/**
 * What a tag change did, said in a toast with its Undo; the list and the library read again, and the focus, which
 * fell with the row the change redrew or removed, put on the tag it left (else the heading).
 */
function useTagChange() {
  const { t } = useTranslation('settings');
  const queries = useQueryClient();

  /** Each entry taken back, said as it goes: a tag on a hundred series takes some seconds to take back. */
  async function undo(changes: TagChanges, focusOn?: string) {
    const pressed = pressedInToast();
    // a toast of its own for each Undo: one given the id of a toast still leaving was never seen
    const id = `tag-undo-${Date.now()}`;
    const count = changes.changed.length;
    notify.loading(t('tags.undoing', { count }), { id });
    const undone = await undoTagChange(changes);
    if (undone < count) {
      notify.error(t('tags.undonePartly', { done: undone, count }), { id });
    } else {
      notify.success(t('tags.undone', { count }), { id });
    }
    await readAgain(queries, { queryKey: ENTRIES });
    await drawn(focusOn);
    await refocusAfterToast(pressed, () => tagButton(focusOn));
  }

  /** `before`: the tag changed, which an Undo brings back; `after`: where the focus goes now, when no tag is left. */
  return async (changes: TagChanges, said: string, before: string, after?: string) => {
    const action = changes.changed.length > 0 ? { label: t('tags.undo'), onClick: () => void undo(changes, before) } : undefined;
    notify.success(said, { id: TAG_TOAST, action, duration: 10_000 });
    await readAgain(queries, { queryKey: ENTRIES });
    const focusOn = changes.tag?.name ?? after;
    await drawn(focusOn, before);
    await refocus(() => tagButton(focusOn));
  };
}

/**
 * A change refused, said in a toast (the row it was asked from may be gone once the list is read again: the tag was
 * renamed on another device meanwhile), and the list as it is now. A name the rename field refuses is said there.
 */
function useRefused() {
  const { t } = useTranslation('common');
  const queries = useQueryClient();
  return async (error: unknown) => {
    if (!fieldError(error, 'to')) {
      notify.error(await refusalLoaded(error, t('networkError')));
    }
    await readAgain(queries, { queryKey: TAGS });
  };
}

function TagItem({ tag, all }: { tag: ReaderTag; all: ReaderTag[] }) {
  const { t } = useTranslation('settings');
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const told = useTagChange();
  const refused = useRefused();
  const remove = useMutation({
    mutationFn: () => removeTagEverywhere(tag.name),
    // the reader's place in the list: the next tag, else the one before, rather than the section's top
    onSuccess: (changes) => told(changes, t('tags.removed', { tag: tag.name, count: changes.changed.length }), tag.name, neighbour(all, tag)),
    onError: refused,
  });

  /** The form closed: on Cancel, back on the button that opened it; after a rename, `useTagChange` places the focus. */
  function closeForm(cancelled: boolean) {
    setRenaming(false);
    if (cancelled) {
      requestAnimationFrame(() => renameButton.current?.focus());
    }
  }

  return (
    <li className="tag-item">
      <div className="tag-summary">
        <Link to={`/library?tag=${encodeURIComponent(tag.name)}`} className="tag-name" aria-label={t('tags.show', { tag: tag.name })}>
          {tag.name}
        </Link>{' '}
        <span className="muted">{t('tags.series', { count: tag.entries })}</span>
        {tag.spellings.length > 1 && <p className="muted small">{t('tags.spellings', { spellings: tag.spellings.join(', ') })}</p>}
      </div>
      {renaming ? (
        <RenameTagForm tag={tag} all={all} onDone={closeForm} />
      ) : (
        <div className="button-row">
          <button
            type="button"
            ref={renameButton}
            data-tag={tag.name}
            onClick={() => setRenaming(true)}
            aria-label={t('tags.renameLabel', { tag: tag.name })}
          >
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

/** The tag after this one in the list, else the one before it. */
function neighbour(all: ReaderTag[], tag: ReaderTag): string | undefined {
  const index = all.findIndex((each) => each.name === tag.name);
  return (all[index + 1] ?? all[index - 1])?.name;
}

/** The tag's new name: a name the reader uses already merges the two, which the field says before it is sent. */
function RenameTagForm({ tag, all, onDone }: { tag: ReaderTag; all: ReaderTag[]; onDone(cancelled: boolean): void }) {
  const { t } = useTranslation(['settings', 'common', 'catalog']);
  const [name, setName] = useState(tag.name);
  const told = useTagChange();
  const refused = useRefused();
  const rename = useMutation({
    mutationFn: (to: string) => renameTag(tag.name, to),
    onSuccess: async (changes, to) => {
      onDone(false);
      await told(changes, said(changes, to), tag.name);
    },
    onError: refused,
  });
  const merging = existingTag(all, name, tag.name);
  const listId = `${useUniqueId()}-tags`;
  const others = all.map((each) => each.name).filter((other) => other !== tag.name);
  // counted as the server counts, in characters: an emoji is one, not the two units a maxLength counts
  const length = characterCount(name.trim());
  const tooLong = length > TAG_MAX_LENGTH ? t('catalog:tagTooLong', { max: TAG_MAX_LENGTH, count: length }) : undefined;

  /** What the rename did, by what the reader will see in the list: a tag renamed, two made one, or one spelling. */
  function said(changes: TagChanges, to: string): string {
    const count = changes.tag?.entries ?? changes.changed.length;
    if (changes.changed.length === 0) {
      return t('tags.unchanged', { tag: to });
    }
    if (existingTag(all, to, tag.name)) {
      return t('tags.merged', { from: tag.name, to, count });
    }
    const respelled = tag.spellings.length > 1 && to.toLowerCase() === tag.name.toLowerCase();
    return t(respelled ? 'tags.respelled' : 'tags.renamed', { from: tag.name, to, count });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!tooLong) {
      rename.mutate(name.trim());
    }
  }

  return (
    <form className="rename-tag" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone(true)}>
      <Field
        label={t('tags.newName', { tag: tag.name })}
        name="to"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        required
        autoFocus
        hint={merging ? t('tags.mergeHint', { tag: merging.name, to: name.trim() }) : undefined}
        error={tooLong ?? fieldError(rename.error, 'to')}
        list={others.length > 0 ? listId : undefined}
      />
      {/* the reader's other tags, spelled as they are: a merge into one keeps its spelling when picked here */}
      {others.length > 0 && (
        <datalist id={listId}>
          {others.map((other) => (
            <option key={other} value={other} />
          ))}
        </datalist>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={rename.isPending || name.trim() === ''}>
          {t(merging ? 'tags.merge' : 'tags.save')}
        </button>
        <button type="button" onClick={() => onDone(true)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
