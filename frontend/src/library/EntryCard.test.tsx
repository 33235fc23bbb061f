import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { aChapter, aContent, anEntry } from '../api/testData';
import type { Entry } from '../api/client';
import { EntryCard } from './EntryCard';
import { siteOf } from './NextChapterActions';

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

describe("a card read up to the catalog's latest chapter", () => {
  it('says it is caught up, beside the quieter "+1 chapter" for a chapter the catalog lacks yet', () => {
    renderCard(anEntry({ last_chapter: '20', unread_count: 0, latest_chapter: aChapter({ chapter_number: '20' }), content_detail: aContent({ status: 'ongoing' }) }));
    expect(screen.getByText('Caught up')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: NEXT_CHAPTER })).toHaveClass('quiet');
  });

  it.each([
    ['chapters are left', anEntry({ last_chapter: '18', unread_count: 2, latest_chapter: aChapter({ chapter_number: '20' }) })],
    ['it is not started', anEntry({ last_chapter: '', unread_count: 0 })],
    ['the catalog has no chapter', anEntry({ last_chapter: '3', unread_count: 0, latest_chapter: null })],
    ['the reader dropped it', anEntry({ last_chapter: '20', unread_count: 0, status: 'dropped', latest_chapter: aChapter({ chapter_number: '20' }) })],
  ])('says nothing of it when %s', (_, entry) => {
    renderCard(entry);
    expect(screen.queryByText('Caught up')).toBeNull();
  });
});

describe('a library card of a completed entry', () => {
  it('says it is finished, not started with every chapter unread, and offers no chapter 1', () => {
    renderCard(
      anEntry({
        status: 'completed',
        last_chapter: '',
        unread_count: 200,
        next_chapter: aChapter({ chapter_number: '1' }),
        content_detail: aContent({ status: 'completed' }),
      }),
    );
    expect(screen.getByText('Finished')).toBeInTheDocument();
    expect(screen.queryByText('Not started')).toBeNull();
    expect(screen.queryByText('200 unread')).toBeNull();
    expect(screen.queryAllByRole('button', { name: NEXT_CHAPTER })).toHaveLength(0);
  });

  it('offers a chapter published since, but not as the card’s main action', () => {
    renderCard(anEntry({ status: 'completed', last_chapter: '179', unread_count: 1, next_chapter: aChapter({ chapter_number: '180' }) }));
    expect(screen.getByRole('button', { name: 'Mark ch. 180 read, A Tale' })).toHaveClass('quiet');
  });

  it('makes the next chapter the main action of an entry being read', () => {
    renderCard(anEntry({ last_chapter: '178', next_chapter: aChapter({ chapter_number: '179' }) }));
    expect(screen.getByRole('button', { name: 'Mark ch. 179 read, A Tale' })).not.toHaveClass('quiet');
  });
});

describe("a library card's reading link", () => {
  it('says the site it leads to', () => {
    renderCard(anEntry({ reading_url: 'https://www.mangaplus.shueisha.co.jp/titles/100020' }));
    expect(screen.getByRole('link', { name: /^Read on mangaplus\.shueisha\.co\.jp, / })).toHaveAttribute('target', '_blank');
  });

  it('falls back to "Open" for an address that names no site', () => {
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf('mailto:someone@example.org')).toBeNull();
    renderCard(anEntry({ reading_url: 'not a url' }));
    expect(screen.getByRole('link', { name: /^Open, / })).toBeInTheDocument();
  });
});

describe("a card's status", () => {
  function renderWithStatus(entry: Entry, showStatus: boolean) {
    render(
      <MemoryRouter>
        <ul>
          <EntryCard entry={entry} onAdvance={vi.fn()} showStatus={showStatus} />
        </ul>
      </MemoryRouter>,
    );
  }

  it('is said in a list of several statuses, Reading being the usual one', () => {
    renderWithStatus(anEntry({ status: 'on_hold' }), true);
    renderWithStatus(anEntry({ id: 99, status: 'reading' }), true);
    expect(screen.getAllByText(/^(On hold|Reading)$/).map((badge) => badge.textContent)).toEqual(['On hold']);
  });

  it('is not said under a status tab, which says it already', () => {
    renderWithStatus(anEntry({ status: 'on_hold' }), false);
    expect(screen.queryByText('On hold')).toBeNull();
  });
});
