import { describe, expect, it } from 'vitest';
import { nextChapterNumber, orderDays, parseAltTitles, parseChapterRange, parseRating } from './forms';

describe('the chapter range', () => {
  it('reads a hyphen, an en dash, "to" and spaces alike', () => {
    for (const text of ['1-5', '1–5', ' 1 — 5 ', '1..5', '1 to 5', '1 à 5']) {
      expect(parseChapterRange(text), text).toEqual({ ok: true, from: 1, to: 5 });
    }
  });

  it('takes a single number as a range of one', () => {
    expect(parseChapterRange('42')).toEqual({ ok: true, from: 42, to: 42 });
  });

  it('refuses what is not two whole numbers, a backwards range and a huge one', () => {
    expect(parseChapterRange('')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseChapterRange('1.5-3')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseChapterRange('a-b')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseChapterRange('1-2-3')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseChapterRange('9-3')).toEqual({ ok: false, reason: 'backwards' });
    expect(parseChapterRange('1-2001')).toEqual({ ok: false, reason: 'tooMany' });
    expect(parseChapterRange('1-2000')).toMatchObject({ ok: true });
  });
});

describe('the next chapter number', () => {
  const chapters = (...numbers: string[]) => numbers.map((chapter_number) => ({ chapter_number }));

  it('is one past the newest numbered chapter, a decimal one included', () => {
    expect(nextChapterNumber(chapters('120', '119'))).toBe(121);
    expect(nextChapterNumber(chapters('120.5', '120'))).toBe(121);
  });

  it('passes over the chapters without a number, which come first newest first', () => {
    expect(nextChapterNumber(chapters('Extra', 'Epilogue', '45', '44'))).toBe(46);
  });

  it('is 1 for a content without chapters, and nothing when no chapter has a number', () => {
    expect(nextChapterNumber([])).toBe(1);
    expect(nextChapterNumber(chapters('Prologue'))).toBeUndefined();
  });
});

describe('other titles', () => {
  it('are one a line, trimmed, blank lines dropped, each once whatever its case', () => {
    expect(parseAltTitles('  Solo Leveling \n\n나 혼자만 레벨업\r\nsolo leveling\n  Ore   dake  ')).toEqual(['Solo Leveling', '나 혼자만 레벨업', 'Ore dake']);
    expect(parseAltTitles('\n \n')).toEqual([]);
  });
});

describe('release days', () => {
  it('come in week order whatever order they were ticked in, each once', () => {
    expect(orderDays(['sun', 'mon', 'fri', 'mon'])).toEqual(['mon', 'fri', 'sun']);
  });
});

describe('the rating', () => {
  it("is empty for none, else a number with a point or a comma (its range is the server's to check)", () => {
    expect(parseRating('  ')).toBeUndefined();
    expect(parseRating('8,5')).toBe(8.5);
    expect(parseRating('10')).toBe(10);
    expect(parseRating('11')).toBe(11);
    expect(parseRating('good')).toBe('invalid');
  });
});
