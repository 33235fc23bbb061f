import { useState } from 'react';

let last = 0;

/**
 * An id for the page's lifetime, to tie a label or a description to its control. Not preact's `useId`: it numbers
 * ids from the root of each render, and a component that waits for its messages (react-i18next throws their
 * promise) is rendered again later as a root of its own. Its ids then started again at the page's first ones: in
 * French, the import's "Keep my progress" box had the id of the profile's first name, and its label focused that.
 * Nothing here is rendered on a server, so a counter is enough.
 */
export function useUniqueId(): string {
  const [id] = useState(() => `id-${++last}`);
  return id;
}
