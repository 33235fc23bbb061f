import { describe, expect, it } from 'vitest';
import { aChapter, anEntry } from '../api/testData';
import { CHAPTERS_PAGE_SIZE } from './catalogApi';
import { foldedChapters, pageOfNextChapter } from './ChapterList';

const entryWith = (unread: number) => anEntry({ unread_count: unread });

describe('the chapter page a content opens on', () => {
  it('is the one holding the next chapter to read', () => {
    // 1,100 chapters, 1,050 read: the next one is the 1,051st
    const page = pageOfNextChapter(entryWith(50), 1100);
    expect(page).toBe(Math.floor(1050 / CHAPTERS_PAGE_SIZE) + 1);
    expect((page - 1) * CHAPTERS_PAGE_SIZE).toBeLessThanOrEqual(1050);
    expect(page * CHAPTERS_PAGE_SIZE).toBeGreaterThan(1050);
  });

  it('is the first for a reader who has read nothing, or does not follow the content', () => {
    expect(pageOfNextChapter(entryWith(1100), 1100)).toBe(1);
    expect(pageOfNextChapter(null, 1100)).toBe(1);
    expect(pageOfNextChapter(undefined, 1100)).toBe(1);
  });

  it('is the last when every chapter is read, and the first when there is none', () => {
    expect(pageOfNextChapter(entryWith(0), 1100)).toBe(Math.ceil(1100 / CHAPTERS_PAGE_SIZE));
    expect(pageOfNextChapter(entryWith(0), 0)).toBe(1);
  });

  it('stays in the list when the counts disagree (a chapter added since the content was read)', () => {
    expect(pageOfNextChapter(entryWith(1200), 1100)).toBe(1);
  });
});

describe('the chapters read that fold away on the page of the next one', () => {
  const page = Array.from({ length: 50 }, (_, index) => aChapter({ id: 1000 + index, chapter_number: String(51 + index) }));

  it('are those before it but the last one read, which says where the reader left off', () => {
    // chapter 95 next: 51 to 93 fold, 94 stays above it
    expect(foldedChapters(page, 1044)).toBe(43);
  });

  it('are none when only a few are read before it', () => {
    expect(foldedChapters(page, 1000)).toBe(0);
    expect(foldedChapters(page, 1003)).toBe(0);
    expect(foldedChapters(page, 1004)).toBe(3);
  });

  it('are none when the page does not hold the next chapter, or nothing is left to read', () => {
    expect(foldedChapters(page, 7)).toBe(0);
    expect(foldedChapters(page, undefined)).toBe(0);
  });
});
