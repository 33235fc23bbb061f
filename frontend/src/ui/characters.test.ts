import { describe, expect, it } from 'vitest';
import { characterCount, clipInsertion } from './characters';

describe('a field limited in characters', () => {
  it('keeps what was typed when it fits', () => {
    expect(clipInsertion('abc', 'abXc', 5)).toBe('abXc');
  });

  it('cuts what is pasted in the middle, not the end of the text around it', () => {
    expect(clipInsertion('start end', 'start PASTED TEXT end', 12)).toBe('start PASend');
  });

  it('cuts what is pasted at the end, counting an emoji as one character', () => {
    const kept = clipInsertion('📚📚', '📚📚📚📚📚', 3);
    expect(kept).toBe('📚📚📚');
    expect(characterCount(kept)).toBe(3);
  });

  it('keeps a full text as it was when one more character is typed into it', () => {
    expect(clipInsertion('abcde', 'abXcde', 5)).toBe('abcde');
  });
});
