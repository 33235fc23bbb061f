import { describe, expect, it } from 'vitest';
import { chapterSortKey, isChapterRead } from './chapters';

describe('chapter order', () => {
  it('sorts numbers by value, fractions between them, a number with more right after it, and words last', () => {
    const numbers = ['Extra', '10', '2', '10.5', '1-2', '11', '002', '10.50', '2a', 'epilogue'];
    const sorted = [...numbers].sort((a, b) => (chapterSortKey(a) < chapterSortKey(b) ? -1 : chapterSortKey(a) > chapterSortKey(b) ? 1 : 0));
    expect(sorted).toEqual(['1-2', '2', '002', '2a', '10', '10.5', '10.50', '11', 'epilogue', 'Extra']);
  });

  it('marks the chapters up to the last one read, and none before the first', () => {
    expect(isChapterRead('9', '10')).toBe(true);
    expect(isChapterRead('10', '10')).toBe(true);
    expect(isChapterRead('10.5', '10')).toBe(false);
    expect(isChapterRead('11', '10.5')).toBe(false);
    expect(isChapterRead('100', '20')).toBe(false);
    expect(isChapterRead('1', '')).toBe(false);
    expect(isChapterRead('3', 'Epilogue')).toBe(true);
    // as the server compares them: letters whatever their case, a suffix right after its number
    expect(isChapterRead('Extra', 'extra')).toBe(true);
    expect(isChapterRead('2A', '2a')).toBe(true);
    expect(isChapterRead('2a', '2')).toBe(false);
    expect(isChapterRead('2a', '3')).toBe(true);
  });
});
