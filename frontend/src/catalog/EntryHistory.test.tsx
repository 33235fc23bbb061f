import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anEntry } from '../api/testData';
import type { HistoryItem } from './catalogApi';
import { EntryHistory } from './EntryHistory';

// outside the app's session: the device's time zone
vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const advance = (id: number, from: number, undone = false): HistoryItem => ({
  id,
  at: '2026-01-03T10:00:00Z',
  action: 'advance',
  changes: { last_chapter: [String(from), String(from + 1)] },
  undone,
});
const page = (items: HistoryItem[]) => ({ count: items.length, next: null, previous: null, results: items });

/** The history as the server has it before and after each undo, and the answer to each undo. */
function stubServer(...histories: HistoryItem[][]) {
  let undos = 0;
  const posted = () => undos;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'POST') {
        // slow enough for the button to be drawn as busy
        await new Promise((resolve) => setTimeout(resolve, 20));
        undos++;
        return json(200, anEntry({ id: 4 }));
      }
      return json(200, page(histories[Math.min(undos, histories.length - 1)]));
    }),
  );
  return posted;
}

function renderHistory() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <EntryHistory entry={anEntry({ id: 4 })} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the history’s undo', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the focus, so that Enter undoes one more change', async () => {
    stubServer([advance(2, 13), advance(1, 12)], [advance(3, 13), advance(2, 13, true), advance(1, 12)]);
    const user = userEvent.setup();
    renderHistory();

    const undo = await screen.findByRole('button', { name: 'Undo last change' });
    undo.focus();
    await user.keyboard('{Enter}');
    // busy, but not `disabled`: that would drop the focus to the page
    expect(undo).toHaveAttribute('aria-disabled', 'true');
    expect(undo).not.toBeDisabled();

    await screen.findByText('The last change was undone.');
    await waitFor(() => expect(undo).toHaveAttribute('aria-disabled', 'false'));
    expect(screen.getByRole('button', { name: 'Undo last change' })).toHaveFocus();
  });

  it('asks first before taking back an edit of several fields, naming them, with the focus on "No, keep it"', async () => {
    const edit: HistoryItem = {
      id: 2,
      at: '2026-01-03T10:00:00Z',
      action: 'update',
      changes: { notes: ['', 'Halfway through the arc'], score: [null, 8], status: ['reading', 'on_hold'] },
      undone: false,
    };
    const undos = stubServer([edit, advance(1, 12)], [advance(3, 13), { ...edit, undone: true }, advance(1, 12)]);
    const user = userEvent.setup();
    renderHistory();

    await user.click(await screen.findByRole('button', { name: 'Undo last change' }));
    expect(screen.getByRole('group', { name: 'Undo the last change? These go back to what they were: status, score, and notes.' })).toBeInTheDocument();
    // not "Cancel", which in French ("Annuler") is the very word for undo
    expect(screen.getByRole('button', { name: 'No, keep it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(undos()).toBe(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo last change' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Undo last change' }));
    await user.click(screen.getByRole('button', { name: 'Yes, undo it' }));
    await screen.findByText('The last change was undone.');
    expect(undos()).toBe(1);
  });

  it('leaves the focus on the history’s heading when nothing is left to undo', async () => {
    stubServer([advance(1, 12)], [{ ...advance(2, 13), action: 'undo' }, advance(1, 12, true)]);
    const user = userEvent.setup();
    renderHistory();

    await user.click(await screen.findByRole('button', { name: 'Undo last change' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo last change' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'History' })).toHaveFocus());
  });
});
