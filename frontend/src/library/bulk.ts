import type { Entry, ReadingStatus } from '../api/client';
import { removeEntry, saveEntry } from '../catalog/catalogApi';
import { undo } from './entries';

/** What a change to several entries did: the entries it changed, and the first refusal with its entry. */
export interface BulkOutcome {
  changed: Entry[];
  failed: number;
  firstFailure?: { entry: Entry; error: unknown };
}

/**
 * One change, entry by entry, in the order shown: one at a time, as a reader's own taps would go (writes queue on
 * the database anyway), each one saved or refused on its own and recorded in that entry's history, where its Undo
 * finds it. `onProgress` hears how many are done, for a long list.
 */
export async function changeEach(
  entries: Entry[],
  change: (entry: Entry) => Promise<Entry>,
  onProgress?: (done: number) => void,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { changed: [], failed: 0 };
  for (const [index, entry] of entries.entries()) {
    try {
      outcome.changed.push(await change(entry));
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

export function needingTag(entries: Entry[], tag: string): Entry[] {
  const wanted = tag.toLocaleLowerCase();
  return entries.filter((entry) => !(entry.tags ?? []).some((each) => each.toLocaleLowerCase() === wanted));
}

export const moveTo = (status: ReadingStatus) => (entry: Entry) => saveEntry(entry.id!, { status });

export const addTag = (tag: string) => (entry: Entry) => saveEntry(entry.id!, { tags: [...(entry.tags ?? []), tag] });

/** Removed: the entry as it was, since a removal answers nothing. */
export const remove = async (entry: Entry) => {
  await removeEntry(entry.id!);
  return entry;
};

/** The entry's latest change taken back: what a bulk change's Undo does to each entry it changed. */
export const takeBackLatest = (entry: Entry) => undo(entry.id!);
