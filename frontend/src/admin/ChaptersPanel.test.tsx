import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChaptersPanel } from './ChaptersPanel';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A server that has the chapters posted to it, and refuses a number it already has. */
function fakeServer(existing: string[] = []) {
  const numbers = [...existing];
  const posted: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/api/chapters') {
        const body = (await request.json()) as { chapter_number: string; content: number };
        posted.push(body.chapter_number);
        if (numbers.includes(body.chapter_number)) {
          return json(409, { title: 'Conflict', errors: { chapter_number: ['This content already has a chapter with this number.'] } });
        }
        numbers.push(body.chapter_number);
        return json(201, { id: numbers.length, ...body });
      }
      return json(200, {
        count: numbers.length,
        results: numbers.map((number, index) => ({ id: index + 1, content: 7, chapter_number: number })),
      });
    }),
  );
  return posted;
}

function renderPanel() {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <ChaptersPanel content={7} />
    </QueryClientProvider>,
  );
}

describe('adding a range of chapters', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts each chapter of "1–3" in order, then lists them', async () => {
    const posted = fakeServer();
    renderPanel();
    await userEvent.type(screen.getByLabelText('Numbers from–to'), '1–3');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    await screen.findByText('3 of 3 chapters added.');
    expect(posted).toEqual(['1', '2', '3']);
    await waitFor(() => expect(screen.getAllByText(/^Chapter \d$/)).toHaveLength(3));
  });

  it('stops at the first chapter refused and says how far it got', async () => {
    const posted = fakeServer(['3']);
    renderPanel();
    await userEvent.type(screen.getByLabelText('Numbers from–to'), '1-5');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    expect(await screen.findByText('2 of 5 chapters added.')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('This content already has a chapter with this number.');
    expect(posted).toEqual(['1', '2', '3']);
  });

  it('says what is wrong with the range without asking the server', async () => {
    const posted = fakeServer();
    renderPanel();
    const input = screen.getByLabelText('Numbers from–to');
    await userEvent.type(input, '10-2');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    expect(input).toHaveAccessibleDescription(/The first number must not be above the last/);
    expect(posted).toEqual([]);
  });
});
