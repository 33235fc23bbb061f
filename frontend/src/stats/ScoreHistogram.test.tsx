import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { configuration } from '../ui/BarChart';
import { ScoreHistogram } from './ScoreHistogram';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

/** The reader's list ordered by score, lowest first or highest first: its first entry. */
function stubList(low: number, high: number) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const descending = new URL(request.url).searchParams.get('ordering') === '-score';
      return json({ count: 3, next: null, previous: null, results: [{ id: 1, score: descending ? high : low }] });
    }),
  );
}

function renderScores() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ScoreHistogram histogram={{ '8': 1, '9': 2 }} />
    </QueryClientProvider>,
  );
}

describe('the scores’ summary', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('says the lowest and highest score given, not the bars they fall in', async () => {
    stubList(8.5, 9.5);
    renderScores();
    expect(await screen.findByText('3 scored series, from 8.5 to 9.5.')).toBeInTheDocument();
  });

  it('writes them with the reader’s decimal mark', async () => {
    await i18n.changeLanguage('fr');
    stubList(8.5, 9);
    renderScores();
    expect(await screen.findByText('3 séries notées, de 8,5 à 9.')).toBeInTheDocument();
  });
});

describe('a bar chart', () => {
  it('labels every bar when asked, as the scores’ eleven bars are on a phone', () => {
    const bars = Array.from({ length: 11 }, (_, score) => ({ label: String(score), value: 1 }));
    const chart = (everyLabel: boolean) =>
      configuration(document.createElement('canvas'), { bars, valueName: 'Series', height: 180, tone: 'accent', everyLabel }, 'en');
    expect(chart(true).options?.scales?.x?.ticks?.autoSkip).toBe(false);
    expect(chart(false).options?.scales?.x?.ticks?.autoSkip).toBe(true);
  });
});
