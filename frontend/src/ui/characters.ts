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
