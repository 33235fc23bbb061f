import { useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Entry } from '../api/client';
import { readAgain } from '../api/readAgain';
import { removeEntry } from '../catalog/catalogApi';
import { beforeSignOut } from '../session/signOutHooks';
import { remove, type BulkOutcome } from './bulk';
import { ENTRIES } from './entries';

/**
 * Entries removed from the library with an Undo. A deletion takes the entry's history with it and cannot be taken
 * back, so the entries leave the list at once but are deleted only once the Undo is no longer offered. What is still
 * held when the page goes away (a tab closed, a reload, the back-forward cache) or the reader signs out is deleted
 * then: the requests go with `keepalive`, which outlives the page. A tab that the phone's system ends in the
 * background deletes nothing: the series is still listed next time, which loses a removal, never a series.
 */

/** The entries held and not yet sent for deletion, by id: an entry leaves it as its request goes out. */
const waiting = new Map<number, Entry>();

/** What the library leaves out, as one value that changes as a whole (React compares it by identity). */
export interface Removals {
  /** Out of the lists: held, being deleted, or deleted (ids are never given again). */
  hidden: ReadonlySet<number>;
  /** Still counted by the server's statistics as far as the screen knows: held, or deleted but not read again. */
  counted: readonly Entry[];
}

let removals: Removals = { hidden: new Set(), counted: [] };
const listeners = new Set<() => void>();
/** The removals whose Undo is still offered, and the deletions under way: signing out waits for both. */
const held = new Set<HeldRemoval>();
const underWay = new Set<Promise<unknown>>();

function change(hide: readonly number[], show: readonly number[], count: readonly Entry[], uncount: readonly number[]) {
  const hidden = new Set(removals.hidden);
  hide.forEach((id) => hidden.add(id));
  show.forEach((id) => hidden.delete(id));
  const counted = [...removals.counted.filter((entry) => !uncount.includes(entry.id!)), ...count];
  removals = { hidden, counted };
  listeners.forEach((listener) => listener());
}

const ids = (entries: readonly Entry[]) => entries.map((entry) => entry.id!);

export interface HeldRemoval {
  /** The entries back in the list; false when none was left to take back (their deletion had gone out). */
  undo(): boolean;
  /** The entries still held deleted, one at a time as the other bulk changes go; the ones refused come back. */
  carryOut(): Promise<BulkOutcome>;
}

/** The entries out of the list, to be deleted by `carryOut` or brought back by `undo`. */
export function holdRemoval(entries: Entry[], queries: QueryClient): HeldRemoval {
  entries.forEach((entry) => waiting.set(entry.id!, entry));
  change(ids(entries), [], entries, []);
  /** Whether the entry still waits for this removal, and no longer: it is deleted or brought back once. */
  const take = (entry: Entry) => waiting.get(entry.id!) === entry && waiting.delete(entry.id!);

  async function deleteEach(): Promise<BulkOutcome> {
    const outcome: BulkOutcome = { changed: [], failed: 0 };
    const refused: Entry[] = [];
    for (const entry of entries) {
      // taken as its request goes: what the page's going or a sign-out finds still waiting is sent then
      if (!take(entry)) {
        continue;
      }
      try {
        outcome.changed.push(await remove(entry));
      } catch (error) {
        outcome.failed++;
        outcome.firstFailure ??= { entry, error };
        refused.push(entry);
      }
    }
    change([], ids(refused), [], ids(refused));
    // the deleted ones stay counted out until the statistics are read again without them
    await readAgain(queries, { queryKey: ENTRIES });
    change([], [], [], ids(outcome.changed));
    return outcome;
  }

  const removal: HeldRemoval = {
    undo() {
      held.delete(removal);
      const back = entries.filter(take);
      change([], ids(back), [], ids(back));
      return back.length > 0;
    },
    carryOut() {
      held.delete(removal);
      const deleting = deleteEach();
      underWay.add(deleting);
      void deleting.finally(() => underWay.delete(deleting));
      return deleting;
    },
  };
  held.add(removal);
  return removal;
}

/** What the library leaves out of its lists and counts: removals held for their Undo, under way, or done. */
export function useRemovals(): Removals {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => removals,
  );
}

/** Every removal held carried out, and those under way finished: the reader signs out, and the token goes. */
async function carryOutAll() {
  [...held].forEach((removal) => void removal.carryOut());
  await Promise.allSettled([...underWay]);
}

/**
 * Every entry still waiting deleted as the page goes: all the requests sent at once, since the page will not wait
 * for one to answer before sending the next. A removal under way loses the entries sent here, and skips them.
 */
function deleteAllNow() {
  held.clear();
  const entries = [...waiting.values()];
  waiting.clear();
  entries.forEach((entry) => void removeEntry(entry.id!).catch(() => undefined));
  // a page kept by the back-forward cache comes back with them gone; its counts are read again on its return
  change([], [], [], ids(entries));
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', deleteAllNow);
}
beforeSignOut(carryOutAll);
