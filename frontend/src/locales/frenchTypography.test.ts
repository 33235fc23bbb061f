import { describe, expect, it } from 'vitest';

const french = import.meta.glob<Record<string, unknown>>('./fr/*.json', { eager: true, import: 'default' });

/** Every text of a message file, named by its file and path, e.g. "settings.json import.title". */
function texts(messages: unknown, path: string): [string, string][] {
  if (typeof messages === 'string') {
    return [[path, messages]];
  }
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) => texts(value, `${path} ${key}`));
}

const all = Object.entries(french).flatMap(([file, messages]) => texts(messages, file.replace('./fr/', '')));

describe('the French messages', () => {
  it('are all there is to check', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it('use the typographic apostrophe, as in print', () => {
    expect(all.filter(([, text]) => text.includes("'"))).toEqual([]);
  });

  it('keep a non-breaking space before : ; ? ! and inside « », so that no line starts with one', () => {
    expect(all.filter(([, text]) => /[ ][:;?!»]|« /.test(text))).toEqual([]);
  });
});
