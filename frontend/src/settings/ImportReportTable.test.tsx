import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../i18n';
import { anImportReport } from '../api/testData';
import { ImportReportTable } from './ImportReportTable';
import type { ImportReport } from './transfer';

// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

const report = (format: ImportReport['format']) => anImportReport({ row: 4 }, { format });

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
});
