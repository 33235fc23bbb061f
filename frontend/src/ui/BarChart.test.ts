import { describe, expect, it } from 'vitest';
import { configuration, type ChartBar } from './BarChart';

/** The labels under the bars, as the axis draws them at this width ('' where a bar has none). */
function labels(bars: ChartBar[], width: number, tickLabel?: (label: string) => string): string[] {
  const ticks = configuration(document.createElement('canvas'), { bars, valueName: 'Chapters', height: 180, tone: 'primary', tickLabel }, 'en')
    .options!.scales!.x!.ticks!;
  const callback = ticks.callback as (this: { width: number }, value: number, index: number) => string;
  return bars.map((_, index) => callback.call({ width }, index, index));
}

const weeks: ChartBar[] = Array.from({ length: 26 }, (_, week) => ({ label: `Week ${week + 1}`, value: week }));

describe('the labels under a chart’s bars', () => {
  it('always name the latest bar, and then every few bars counted back from it, as many as the width holds', () => {
    const shown = labels(weeks, 300);
    // Chart.js's own choice counted from the first bar, and left the latest week without a date
    expect(shown.at(-1)).toBe('Week 26');
    const labelled = shown.flatMap((label, index) => (label ? [index] : []));
    const gaps = new Set(labelled.slice(1).map((index, at) => index - labelled[at]));
    expect(gaps.size).toBe(1);
    // "Week 26" takes 7 characters at about 7 px, with a 16 px gap: 65 px each, four in 300 px
    expect(labelled.length).toBeLessThanOrEqual(4);
    expect(labels(weeks, 2000).every(Boolean)).toBe(true);
  });

  it('are the shorter labels given for the axis', () => {
    expect(labels([{ label: '2026-11-30', value: 3 }], 300, (label) => label.slice(5))).toEqual(['11-30']);
  });
});
