import { useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Entry } from '../api/client';
import { readAgain } from '../api/readAgain';
import { removeEntry } from '../catalog/catalogApi';
import { beforeSignOut } from '../session/signOutHooks';
import { changeEach, remove, type BulkOutcome } from './bulk';
import { ENTRIES } from './entries';

/**
 * Entries removed from the library with an Undo. A deletion takes the entry's history with it and cannot be taken
 * back, so the entries leave the list at once but are deleted only once the Undo is no longer offered. What is still
 * held when the page goes away (a tab closed, a reload) or the reader signs out is deleted then: the requests go with
 * `keepalive`, which outlives the page. A tab that the phone's system ends in the background deletes nothing: the
 * series is still listed next time, which loses a removal, never a series.
 */

/** The entries held and not yet sent for deletion, by id. */
const waiting = new Map<number, Entry>();
/** The entries the library leaves out, by id: held, or being deleted until the list is read again. */
let hidden: ReadonlyMap<number, Entry> = new Map();
const listeners = new Set<() => void>();
const removals = new Set<HeldRemoval>();

function changeHidden(change: (entries: Map<number, Entry>) => void) {
  const next = new Map(hidden);
  change(next);
  hidden = next;
  listeners.forEach((listener) => listener());
}

export interface HeldRemoval {
  /** The entries back in the list; false when there is nothing left to take back (their deletion went out). */
  undo(): boolean;
  /** The entries still held deleted, one at a time as the other bulk changes go; the ones refused come back. */
  carryOut(): Promise<BulkOutcome>;
}

/** The entries out of the list, to be deleted by `carryOut` or brought back by `undo`. */
export function holdRemoval(entries: Entry[], queries: QueryClient): HeldRemoval {
  entries.forEach((entry) => waiting.set(entry.id!, entry));
  changeHidden((held) => entries.forEach((entry) => held.set(entry.id!, entry)));
  /** Those of the entries still waiting, no longer: each is either deleted or brought back, once. */
  const takeWaiting = () => {
    const still = entries.filter((entry) => waiting.get(entry.id!) === entry);
    still.forEach((entry) => waiting.delete(entry.id!));
    return still;
  };
  const removal: HeldRemoval = {
    undo() {
      removals.delete(removal);
      const back = takeWaiting();
      changeHidden((held) => back.forEach((entry) => held.delete(entry.id!)));
      return back.length > 0;
    },
    async carryOut() {
      removals.delete(removal);
      const outcome = await changeEach(takeWaiting(), remove);
      // hidden until the list read again no longer has them: shown in between, they would flash back in
      await readAgain(queries, { queryKey: ENTRIES });
      changeHidden((held) => entries.forEach((entry) => held.delete(entry.id!)));
      return outcome;
    },
  };
  removals.add(removal);
  return removal;
}

/**
 * The entries removed with an Undo still offered, or being deleted, by id: the library leaves them out of its list
 * and of its counts, which are the server's until it is read again.
 */
export function useHeldRemovals(): ReadonlyMap<number, Entry> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => hidden,
  );
}

/** Every removal held, carried out: the reader signs out, and the requests would no longer be theirs. */
async function carryOutAll() {
  await Promise.all([...removals].map((removal) => removal.carryOut()));
}

/**
 * Every entry held, deleted as the page goes: all the requests sent at once, since the page will not wait for
 * one to answer before sending the next.
 */
function deleteAllNow() {
  removals.clear();
  const entries = [...waiting.values()];
  waiting.clear();
  entries.forEach((entry) => void removeEntry(entry.id!).catch(() => undefined));
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', deleteAllNow);
}
beforeSignOut(carryOutAll);
