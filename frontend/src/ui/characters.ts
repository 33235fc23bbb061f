/**
 * Lengths as the server counts them: in characters (code points), where the DOM's `maxLength` and `String.length`
 * count UTF-16 units, two for an emoji such as 📚. A field limited by `maxLength` stopped at half its limit in
 * emoji while its counter said there was room.
 */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The text cut to at most `max` characters as the server counts them, never between the two halves of one. */
export function clipCharacters(text: string, max: number): string {
  return characterCount(text) <= max ? text : [...text].slice(0, max).join('');
}

/**
 * What a field limited to `max` characters keeps when `typed` replaces `before`: the text around the change as it
 * was, and of what was typed or pasted in between, as much as fits. Clipping the whole text instead would cut the
 * end of a full note when something is pasted in its middle.
 */
export function clipInsertion(before: string, typed: string, max: number): string {
  if (characterCount(typed) <= max) {
    return typed;
  }
  const old = [...before];
  const now = [...typed];
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) {
    start++;
  }
  let end = 0;
  while (end < old.length - start && end < now.length - start && old[old.length - 1 - end] === now[now.length - 1 - end]) {
    end++;
  }
  const room = Math.max(0, max - start - end);
  const inserted = now.slice(start, now.length - end).slice(0, room);
  return clipCharacters([...now.slice(0, start), ...inserted, ...now.slice(now.length - end)].join(''), max);
}
