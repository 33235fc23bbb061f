import { ApiError, type Entry, type ReadingStatus } from '../api/client';
import { removeEntry, saveEntry } from '../catalog/catalogApi';
import { fetchEntry, undo } from './entries';

/** What a change to several entries did: the entries it changed, and the first refusal with its entry. */
export interface BulkOutcome {
  changed: Entry[];
  failed: number;
  firstFailure?: { entry: Entry; error: unknown };
}

/** A change to one entry: the entry as saved, or null when it turned out to need none. */
type Change = (entry: Entry) => Promise<Entry | null>;

/**
 * One change, entry by entry, in the order shown: one at a time, as a reader's own taps would go (writes queue on
 * the database anyway), each one saved or refused on its own and recorded in that entry's history, where its Undo
 * finds it. `onProgress` hears how many are done, for a long list.
 */
export async function changeEach(entries: Entry[], change: Change, onProgress?: (done: number) => void): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { changed: [], failed: 0 };
  for (const [index, entry] of entries.entries()) {
    try {
      const saved = await change(entry);
      if (saved) {
        outcome.changed.push(saved);
      }
    } catch (error) {
      outcome.failed++;
      outcome.firstFailure ??= { entry, error };
    }
    onProgress?.(index + 1);
  }
  return outcome;
}

/**
 * The entries a change would change. An entry that already has the status or the tag is left alone: saved, it would
 * record nothing, and the Undo of the whole change would take back an older change of its instead.
 */
export function needingStatus(entries: Entry[], status: ReadingStatus): Entry[] {
  return entries.filter((entry) => entry.status !== status);
}

/** The entries that lack one of these tags at least, whatever its case. */
export function needingTags(entries: Entry[], tags: string[]): Entry[] {
  return entries.filter((entry) => missingTags(entry, tags).length > 0);
}

function missingTags(entry: Entry, tags: string[]): string[] {
  const has = new Set((entry.tags ?? []).map((tag) => tag.toLocaleLowerCase()));
  return tags.filter((tag) => !has.has(tag.toLocaleLowerCase()));
}

/** The entries that have this tag, whatever its case. */
export function havingTag(entries: Entry[], tag: string): Entry[] {
  const wanted = tag.toLocaleLowerCase();
  return entries.filter((entry) => (entry.tags ?? []).some((each) => each.toLocaleLowerCase() === wanted));
}

/** The tags of these entries, each once whatever its case (as the first entry writes it), in alphabetical order. */
export function tagsOf(entries: Entry[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of entries.flatMap((entry) => entry.tags ?? [])) {
    if (!byKey.has(tag.toLocaleLowerCase())) {
      byKey.set(tag.toLocaleLowerCase(), tag);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

export const moveTo = (status: ReadingStatus) => (entry: Entry) => saveEntry(entry.id!, { status });

/**
 * The tags beside the entry's others as the server has them now, not as the list last showed them: a tag added on
 * another device meanwhile stays. An entry that has them all by now is left alone; one with no room left for them
 * is refused by the server, which says why.
 */
export const addTags = (tags: string[]) => async (entry: Entry) => {
  const now = await fetchEntry(entry.id!);
  const missing = missingTags(now, tags);
  return missing.length === 0 ? null : saveEntry(entry.id!, { tags: [...(now.tags ?? []), ...missing] });
};

/** The tag taken from the entry's tags as the server has them now; an entry without it by now is left alone. */
export const removeTag = (tag: string) => async (entry: Entry) => {
  const now = await fetchEntry(entry.id!);
  const unwanted = tag.toLocaleLowerCase();
  const kept = (now.tags ?? []).filter((each) => each.toLocaleLowerCase() !== unwanted);
  return kept.length === (now.tags ?? []).length ? null : saveEntry(entry.id!, { tags: kept });
};

/** Removed: the entry as it was, since a removal answers nothing. One removed on another device meanwhile is gone too. */
export const remove = async (entry: Entry) => {
  try {
    await removeEntry(entry.id!);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) {
      throw error;
    }
  }
  return entry;
};

/** The entry changed again since the change an Undo would take back: undoing now would take back the later one. */
export class ChangedSince extends Error {}

/**
 * The bulk change taken back from an entry, `saved` as that change left it: only if it is still the entry's latest
 * (the server's undo takes back whatever is latest, a chapter read since included).
 */
export const takeBack = async (saved: Pick<Entry, 'id' | 'updated_at'>) => {
  const now = await fetchEntry(saved.id!);
  if (now.updated_at !== saved.updated_at) {
    throw new ChangedSince();
  }
  return undo(saved.id!);
};
