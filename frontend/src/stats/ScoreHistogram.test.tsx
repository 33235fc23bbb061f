import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { configuration } from '../ui/BarChart';
import { ScoreHistogram } from './ScoreHistogram';

function renderScores(lowest_score: number, highest_score: number) {
  render(<ScoreHistogram score_histogram={{ '8': 1, '9': 2 }} lowest_score={lowest_score} highest_score={highest_score} />);
}

describe('the scores’ summary', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says the lowest and highest score given, not the bars they fall in', async () => {
    renderScores(8.5, 9.5);
    expect(await screen.findByText('3 scored series, from 8.5 to 9.5.')).toBeInTheDocument();
  });

  it('writes them with the reader’s decimal mark', async () => {
    await i18n.changeLanguage('fr');
    renderScores(8.5, 9);
    expect(await screen.findByText('3 séries notées, de 8,5 à 9.')).toBeInTheDocument();
  });
});

describe('a bar chart', () => {
  it('labels every bar when asked, as the scores’ eleven bars are on a phone', () => {
    const bars = Array.from({ length: 11 }, (_, score) => ({ label: String(score), value: 1 }));
    const labels = (everyLabel: boolean) => {
      const ticks = configuration(document.createElement('canvas'), { bars, valueName: 'Series', height: 180, tone: 'accent', everyLabel }, 'en')
        .options!.scales!.x!.ticks!;
      // the axis of a phone's chart, too narrow for eleven labels with their room
      return bars.map((_, index) => (ticks.callback as (this: { width: number }, value: number, index: number) => string).call({ width: 120 }, index, index));
    };
    expect(labels(true)).toEqual(bars.map((bar) => bar.label));
    expect(labels(false).filter(Boolean).length).toBeLessThan(11);
  });
});
