/**
 * The locale for `Intl` formatting: the browser's own when it is a variant of the interface's language (`en-GB`
 * for English, `fr-CA` for French), so that dates read as the reader expects; else the interface's language.
 */
export function intlLocale(language: string, preferred: readonly string[] = globalThis.navigator?.languages ?? []): string {
  const base = language.split('-')[0].toLowerCase();
  return preferred.find((tag) => tag.split('-')[0].toLowerCase() === base) ?? language;
}
