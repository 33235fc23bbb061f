import { api, data, type Schemas } from '../api/client';
import { takeBack } from './bulk';
import { ENTRIES } from './entries';

export type ReaderTag = Schemas['ReaderTag'];
export type TagChanges = Schemas['TagChanges'];

/** The reader's tags, under ENTRIES: a tag given to an entry, or taken off, changes them. */
export const TAGS = [...ENTRIES, 'tags'] as const;

/** Each of the reader's tags once whatever its case, the most used first, with how many entries have it. */
export async function fetchTags(): Promise<ReaderTag[]> {
  return data(await api.GET('/api/progress/tags')).tags;
}

/** `from` renamed `to` on every entry that has it; into a tag the reader has already, the two are merged. */
export async function renameTag(from: string, to: string): Promise<TagChanges> {
  return data(await api.POST('/api/progress/tags/rename', { body: { from, to } }));
}

export async function removeTagEverywhere(tag: string): Promise<TagChanges> {
  return data(await api.POST('/api/progress/tags/remove', { body: { tag } }));
}

/** The tag among these, other than `except`, that `name` is whatever its case: a rename to it is a merge. */
export function existingTag(tags: ReaderTag[], name: string, except: string): ReaderTag | undefined {
  // as the server tells tags apart: in no locale's particular case (a Turkish device's "I" is the server's "i")
  const wanted = name.trim().toLowerCase();
  return wanted === except.toLowerCase() ? undefined : tags.find((tag) => tag.name.toLowerCase() === wanted);
}

/**
 * Each entry's part of a tag change taken back, unless the entry changed again since (see `takeBack`): how many
 * were. One refused is left as it is; the others are still taken back.
 */
export async function undoTagChange(changes: TagChanges): Promise<number> {
  let undone = 0;
  for (const id of changes.changed) {
    try {
      await takeBack({ id, updated_at: changes.updated_at ?? '' });
      undone++;
    } catch {
      // changed since, or gone: its later change is the reader's to keep
    }
  }
  return undone;
}
