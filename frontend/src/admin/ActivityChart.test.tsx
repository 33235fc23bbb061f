import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import ActivityChart from './ActivityChart';

// the bars are a picture (a canvas): what screen readers get is the table
vi.mock('../ui/BarChart', () => ({ default: () => null }));

describe('the activity chart, as a screen reader reads it', () => {
  it('is a table with its columns named, its days written out and its counts formatted', () => {
    render(
      <ActivityChart
        data={[{ label: '2026-11-04', count: 1234 }]}
        label="Entry updates, last 30 days"
        unit="Updates"
        dateHeading="Day"
      />,
    );

    const table = screen.getByRole('table', { name: 'Entry updates, last 30 days' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Day', 'Updates']);
    expect(within(table).getByRole('rowheader')).toHaveTextContent(/November 4, 2026|4 November 2026/);
    expect(within(table).getByRole('cell')).toHaveTextContent('1,234');
  });
});
