import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { displayLocale } from './format';
import type { HistoryItem } from './catalogApi';
import { describeChanges, formatMoment, mayUndo } from './history';

describe('a history line', () => {
  const item = {
    id: 1,
    at: '2026-03-04T10:15:00Z',
    action: 'update' as const,
    undone: false,
    changes: {
      tags: [['action'], ['action', 'isekai']],
      score: [null, 8.5],
      status: ['reading', 'completed'],
      finished_on: [null, '2026-03-04'],
      favorite: [false, true],
    },
  };

  it('names each field and shows its values as the reader reads them, in the editor’s order', async () => {
    await i18n.changeLanguage('en');
    const lines = describeChanges(item, i18n.t, 'en-GB');
    expect(lines.map((line) => i18n.t('catalog:history.change', { field: line.label, before: line.before, after: line.after }))).toEqual([
      'Status: Reading → Completed',
      'Score: — → 8.5',
      'Finished on: — → 4 Mar 2026',
      'Favorite: no → yes',
      'Tags: action → action, isekai',
    ]);
  });

  it('speaks French in French, decimal comma and date included', async () => {
    await i18n.changeLanguage('fr');
    const lines = describeChanges(item, i18n.t, 'fr');
    expect(lines.map((line) => `${line.label}: ${line.before} → ${line.after}`)).toEqual([
      'Statut: En cours → Terminé',
      'Note sur 10: — → 8,5',
      'Terminé le: — → 4 mars 2026',
      'Favori: non → oui',
      'Étiquettes: action → action, isekai',
    ]);
    await i18n.changeLanguage('en');
  });

  it('uses the browser’s regional form of the UI’s language for dates', () => {
    expect(displayLocale('en', ['fr-FR', 'en-GB'])).toBe('en-GB');
    expect(displayLocale('fr', ['en-GB'])).toBe('fr');
  });

  it('leaves out the content a creation names, and formats its moment', () => {
    const creation = { id: 2, at: '2026-03-04T10:15:00Z', action: 'create' as const, undone: false, changes: { content: [null, 9], status: [null, 'reading'] } };
    expect(describeChanges(creation, i18n.t, 'en').map((line) => line.field)).toEqual(['status']);
    expect(formatMoment(creation.at, 'en-GB', undefined)).toMatch(/4 Mar 2026/);
  });

  it('shows the last change an imported row dates in the reader’s time zone, after the other fields', async () => {
    await i18n.changeLanguage('en');
    const row = { changes: { updated_at: [null, '2024-05-01T22:30:00Z'], last_chapter: ['', '12'] } };
    const lines = describeChanges(row, i18n.t, 'en-GB', 'Asia/Tokyo');
    expect(lines.map((line) => line.field)).toEqual(['last_chapter', 'updated_at']);
    expect(lines[1].label).toBe('Last updated');
    expect(lines[1].after).toMatch(/2 May 2024.*07:30/);
  });

  it('writes a moment in the reader’s chosen time zone', () => {
    expect(formatMoment('2026-03-04T23:30:00Z', 'en-GB', 'Asia/Tokyo')).toMatch(/5 Mar 2026.*08:30/);
    expect(formatMoment('2026-03-04T23:30:00Z', 'en-GB', 'America/New_York')).toMatch(/4 Mar 2026.*18:30/);
  });
});

describe('the undo button', () => {
  const change = (id: number, action: HistoryItem['action'], undone = false): HistoryItem => ({
    id,
    at: '2026-03-04T10:15:00Z',
    action,
    undone,
    changes: {},
  });

  it('is offered while a change other than the addition stands', () => {
    expect(mayUndo([change(2, 'advance'), change(1, 'create')], 1, 2)).toBe(true);
    expect(mayUndo([change(3, 'undo'), change(2, 'import'), change(1, 'create')], 1, 3)).toBe(true);
  });

  it('is not offered when only the addition remains, undone changes and undos aside', () => {
    expect(mayUndo([change(1, 'create')], 1, 1)).toBe(false);
    expect(mayUndo([change(3, 'undo'), change(2, 'update', true), change(1, 'create')], 1, 3)).toBe(false);
  });

  it('leaves it to the server when older changes are on other pages', () => {
    expect(mayUndo([change(30, 'undo')], 1, 30)).toBe(true);
    expect(mayUndo([change(1, 'create')], 2, 21)).toBe(true);
  });
});
