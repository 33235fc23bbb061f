import { describe, expect, it } from 'vitest';
import { chapterTitle } from './chapterTitle';

describe('a chapter title', () => {
  it('is left out when it only repeats the number, in the usual words of either language', () => {
    for (const title of ['Chapter 10', 'chapter 10', 'Chapitre 10', 'Ch. 10', 'ch10', '#10', '10', ' Épisode 10 ']) {
      expect(chapterTitle(title, '10'), title).toBe('');
    }
  });

  it('is kept when it says something of its own', () => {
    expect(chapterTitle('Romance Dawn', '1')).toBe('Romance Dawn');
    expect(chapterTitle('Chapter 11', '10')).toBe('Chapter 11');
    expect(chapterTitle('Chapter 10: The Return', '10')).toBe('Chapter 10: The Return');
    expect(chapterTitle('', '10')).toBe('');
    expect(chapterTitle(undefined, '10')).toBe('');
  });
});
