import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { aChapter, aContent, anEntry } from '../api/testData';
import type { Entry } from '../api/client';
import { EntryCard } from './EntryCard';

function renderCard(entry: Entry) {
  render(
    <MemoryRouter>
      <ul>
        <EntryCard entry={entry} onAdvance={vi.fn()} />
      </ul>
    </MemoryRouter>,
  );
}

const NEXT_CHAPTER = /^(\+1 chapter|Mark ch\.)/;

describe("a library card's next-chapter button", () => {
  it('reads the next chapter of the catalog', () => {
    renderCard(anEntry({ last_chapter: '178', next_chapter: aChapter({ chapter_number: '179' }) }));
    expect(screen.getByRole('button', { name: 'Mark ch. 179 read, A Tale' })).toBeInTheDocument();
  });

  it('goes past the last chapter of a catalog behind a series still running', () => {
    renderCard(anEntry({ last_chapter: '179', content_detail: aContent({ status: 'ongoing' }) }));
    expect(screen.getAllByRole('button', { name: NEXT_CHAPTER })).toHaveLength(1);
  });

  it.each([
    ['the series has ended', anEntry({ last_chapter: '179', content_detail: aContent({ status: 'completed' }) })],
    ['the reader has finished it', anEntry({ last_chapter: '179', status: 'completed' })],
    ['the last chapter is not a number', anEntry({ last_chapter: 'Epilogue' })],
  ])('is not there past the last chapter when %s', (_, entry) => {
    renderCard(entry);
    expect(screen.queryAllByRole('button', { name: NEXT_CHAPTER })).toHaveLength(0);
  });
});
