import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { anImportReport } from '../api/testData';
import { ImportReportTable } from './ImportReportTable';
import type { ImportReport, ImportRow } from './transfer';

// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

const report = (format: ImportReport['format']) => anImportReport({ row: 4 }, { format });

/** A list of five rows: three imported without a word, one not in the catalog, one with a note. */
function aLongReport(): ImportReport {
  const row = (fields: Partial<ImportRow>): ImportRow => anImportReport(fields).results[0];
  const quiet = [2, 3, 4].map((line) => row({ row: line, title: `Series ${line}`, outcome: 'created' }));
  return anImportReport(
    {},
    {
      rows: 5,
      results: [
        ...quiet,
        row({ row: 5, title: 'Nowhere', outcome: 'unmatched', messages: ['No content of the catalog has this title.'] }),
        row({ row: 6, title: 'One Piece', outcome: 'updated', messages: ['Moves back from chapter 705 to 700.'] }),
      ],
    },
  );
}

describe('the rows of an import report', () => {
  it('are named by the line they start on in a spreadsheet or a MyAnimeList file', () => {
    for (const format of ['csv', 'mal'] as const) {
      const { unmount } = render(<ImportReportTable report={report(format)} />);
      expect(screen.getByRole('columnheader', { name: 'Line' })).toBeInTheDocument();
      expect(screen.getByRole('cell', { name: '4' })).toHaveAttribute('data-label', 'Line:');
      unmount();
    }
  });

  it('by their position in a JSON export', () => {
    render(<ImportReportTable report={report('json')} />);
    expect(screen.getByRole('columnheader', { name: 'Entry' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Line' })).toBeNull();
  });

  it('show those that need a look first, every row one tap away', async () => {
    render(<ImportReportTable report={aLongReport()} />);

    const table = screen.getByRole('table');
    expect(screen.getByLabelText('Show')).toHaveValue('attention');
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.firstChild?.textContent)).toEqual(['5', '6']);
    expect(table).toHaveTextContent('Moves back from chapter 705 to 700.');

    await userEvent.click(screen.getByRole('button', { name: 'Show every row (5)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(screen.getByLabelText('Show')).toHaveValue('all');
  });

  it('count among those to look at an update that replaces a status or a score, not one that fills a blank, moves the chapter on or ticks a box', () => {
    const row = (fields: Partial<ImportRow>): ImportRow => anImportReport(fields).results[0];
    render(
      <ImportReportTable
        report={anImportReport(
          {},
          {
            rows: 4,
            results: [
              row({
                row: 2,
                title: 'Forward',
                outcome: 'updated',
                changes: { last_chapter: ['10', '12'], updated_at: ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'], favorite: [false, true], reread_count: [0, 1] },
              }),
              row({ row: 3, title: 'Scored', outcome: 'updated', changes: { score: [null, 8], tags: [[], ['isekai']], notes: ['', 'Good'] } }),
              row({ row: 4, title: 'Put back', outcome: 'updated', changes: { status: ['on_hold', 'reading'], score: [8.5, 7] } }),
              row({ row: 5, title: 'Quiet', outcome: 'unchanged' }),
            ],
          },
        )}
      />,
    );

    expect(screen.getByLabelText('Show')).toHaveValue('attention');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').slice(1).map((line) => line.firstChild?.textContent)).toEqual(['4']);
  });

  it('show every row when none needs a look, and a new report starts again from its own default', async () => {
    const quiet = anImportReport({ messages: [] });
    const { rerender } = render(<ImportReportTable report={quiet} />);
    expect(screen.getByLabelText('Show')).toHaveValue('all');
    expect(screen.queryByRole('button', { name: /Show every row/ })).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'error');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1);

    rerender(<ImportReportTable report={aLongReport()} />);
    expect(screen.getByLabelText('Show')).toHaveValue('attention');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });
});

describe('the columns an import did not read', () => {
  it('are named, so that the reader knows what the file held that was left behind', () => {
    const { unmount } = render(<ImportReportTable report={anImportReport({}, { ignored_columns: ['Avis perso', 'Volume'] })} />);
    expect(screen.getByText('Columns not read: “Avis perso”, “Volume”')).toBeInTheDocument();
    unmount();

    render(<ImportReportTable report={anImportReport({}, { ignored_columns: [] })} />);
    expect(screen.queryByText(/not read/)).toBeNull();
  });

  it("in the reader's language", async () => {
    await i18n.changeLanguage('fr');
    try {
      render(<ImportReportTable report={anImportReport({}, { ignored_columns: ['Avis perso'] })} />);
      // getByText reads the no-break spaces of French typography as spaces
      expect(screen.getByText('Colonne non lue : « Avis perso »')).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
