import { describe, expect, it } from 'vitest';
import { chapterSortKey, isChapterRead } from './chapters';

describe('chapter order', () => {
  it('sorts numbers by value, fractions between them, and words after every number', () => {
    const numbers = ['Extra', '10', '2', '10.5', '1-2', '11', '002', '10.50'];
    const sorted = [...numbers].sort((a, b) => (chapterSortKey(a) < chapterSortKey(b) ? -1 : chapterSortKey(a) > chapterSortKey(b) ? 1 : 0));
    expect(sorted).toEqual(['2', '002', '10', '10.5', '10.50', '11', '1-2', 'Extra']);
  });

  it('marks the chapters up to the last one read, and none before the first', () => {
    expect(isChapterRead('9', '10')).toBe(true);
    expect(isChapterRead('10', '10')).toBe(true);
    expect(isChapterRead('10.5', '10')).toBe(false);
    expect(isChapterRead('11', '10.5')).toBe(false);
    expect(isChapterRead('100', '20')).toBe(false);
    expect(isChapterRead('1', '')).toBe(false);
    expect(isChapterRead('3', 'Epilogue')).toBe(true);
  });
});
