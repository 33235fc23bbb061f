import { describe, expect, it } from 'vitest';
import { aChapter, anEntry } from '../api/testData';
import { addTag, addTyped, changedFields, formFromEntry, nextChapterNumber, tagTooLong, withScheme } from './entryForm';

const entry = anEntry({
  id: 4,
  content: 9,
  last_chapter: '12',
  score: 7.5,
  started_on: '2026-01-03',
  tags: ['action'],
  next_chapter: aChapter({ id: 100, chapter_number: '12.5' }),
});

describe('the entry editor’s changes', () => {
  it('are empty while the form holds what the server sent', () => {
    expect(changedFields(entry, formFromEntry(entry))).toEqual({});
  });

  it('name only the fields the reader changed, in the types the API takes', () => {
    const form = { ...formFromEntry(entry), status: 'completed' as const, score: '8.5', tags: ['action', 'isekai'], reread_count: '2' };
    expect(changedFields(entry, form)).toEqual({ status: 'completed', score: 8.5, tags: ['action', 'isekai'], reread_count: 2 });
  });

  it('clear a score or a date with null, and trim what was typed', () => {
    const form = { ...formFromEntry(entry), score: '', started_on: '', last_chapter: ' 13 ', reading_url: ' https://example.org/r ' };
    expect(changedFields(entry, form)).toEqual({ score: null, started_on: null, last_chapter: '13', reading_url: 'https://example.org/r' });
  });

  it('do not count a score typed differently but equal, nor whitespace around the same chapter', () => {
    const form = { ...formFromEntry(entry), score: '7.50', last_chapter: '12 ' };
    expect(changedFields(entry, form)).toEqual({});
  });

  it('send the private flag when it changed', () => {
    expect(changedFields(entry, { ...formFromEntry(entry), private: true })).toEqual({ private: true });
  });

  it('take a decimal comma for a point', () => {
    expect(changedFields(entry, { ...formFromEntry(entry), score: '9,5' })).toEqual({ score: 9.5 });
  });
});

describe('tags', () => {
  it('are added trimmed, once whatever their case, never blank', () => {
    expect(addTag(['Action'], ' isekai ')).toEqual(['Action', 'isekai']);
    expect(addTag(['Action'], 'ACTION')).toEqual(['Action']);
    expect(addTag(['Action'], '   ')).toEqual(['Action']);
  });

  it('are parted at commas and semicolons, the last one kept while it is being typed', () => {
    expect(addTyped(['Action'], 'to-buy, shelf', true)).toEqual({ tags: ['Action', 'to-buy', 'shelf'], rest: '' });
    expect(addTyped(['Action'], 'to-buy; shel', false)).toEqual({ tags: ['Action', 'to-buy'], rest: ' shel' });
    expect(addTyped(['Action'], 'isek', false)).toEqual({ tags: ['Action'], rest: 'isek' });
    expect(addTyped(['Action'], ',,action;', true)).toEqual({ tags: ['Action'], rest: '' });
  });

  it('keep a part longer than 50 characters, and what follows it, in the text as typed, rather than cut it or add it', () => {
    const long = 'x'.repeat(51);
    expect(addTyped([], `shelf, ${long}`, true)).toEqual({ tags: ['shelf'], rest: long });
    expect(addTyped([], `${long}, shel`, false)).toEqual({ tags: [], rest: `${long}, shel` });
    // as typed: Backspace after the comma takes it away for good (re-joined, it came back)
    expect(addTyped([], `${long},`, false)).toEqual({ tags: [], rest: `${long},` });
    expect(addTyped([], 'y'.repeat(50), true)).toEqual({ tags: ['y'.repeat(50)], rest: '' });
    // characters as the server counts them: 50 emoji are 50, not 100
    expect(addTyped([], '📚'.repeat(50), true)).toEqual({ tags: ['📚'.repeat(50)], rest: '' });
    expect(tagTooLong(`a, ${'📚'.repeat(51)}`)).toEqual({ tag: '📚'.repeat(51), length: 51 });
  });

  it('are 20 at most, as the server keeps them', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(addTag(twenty, 'one more')).toBe(twenty);
    expect(addTag(twenty.slice(1), 'one more')).toHaveLength(20);
  });
});

describe('the +1 button', () => {
  it('proposes the catalog’s next chapter while the input shows the saved one', () => {
    expect(nextChapterNumber('12', entry)).toBe('12.5');
  });

  it('counts on from a typed number, and from nothing to 1', () => {
    expect(nextChapterNumber('12.5', entry)).toBe('13');
    expect(nextChapterNumber('', { ...entry, last_chapter: '5' })).toBe('1');
  });

  it('has nothing to propose after a chapter that is no number', () => {
    expect(nextChapterNumber('Epilogue', { ...entry, next_chapter: null })).toBeNull();
  });
});

describe('where the reader reads it', () => {
  it('gets https:// when typed as browsers show addresses', () => {
    expect(withScheme(' mangaplus.shueisha.co.jp/titles/100020 ')).toBe('https://mangaplus.shueisha.co.jp/titles/100020');
    expect(withScheme('http://example.org/a')).toBe('http://example.org/a');
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(withScheme('not an address')).toBe('not an address');
    expect(withScheme('')).toBe('');
  });
});
