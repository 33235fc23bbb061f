import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChaptersPanel } from './ChaptersPanel';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A server that adds a range in one request, all or nothing, and refuses a number it already has. */
function fakeServer(existing: string[] = []) {
  const numbers = [...existing];
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/api/chapters/range') {
        const body = (await request.json()) as { content: number; from: number; to: number };
        posted.push(body);
        const wanted = Array.from({ length: body.to - body.from + 1 }, (_, index) => String(body.from + index));
        const taken = wanted.find((number) => numbers.includes(number));
        if (taken) {
          return json(409, { title: 'Conflict', errors: { from: [`This content already has chapter ${taken}; nothing was added.`] } });
        }
        numbers.push(...wanted);
        return json(201, { created: wanted.length, chapters: wanted.map((number) => ({ content: body.content, chapter_number: number })) });
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

  it('sends "1–3" as one range, then lists the chapters', async () => {
    const posted = fakeServer();
    renderPanel();
    await userEvent.type(screen.getByLabelText('Numbers from–to'), '1–3');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    await screen.findByRole('status');
    expect(screen.getByRole('status')).toHaveTextContent('3 chapters added');
    expect(posted).toEqual([{ content: 7, from: 1, to: 3 }]);
    await waitFor(() => expect(screen.getAllByText(/^Chapter \d$/)).toHaveLength(3));
  });

  it("shows the server's refusal beside the range, and nothing is added", async () => {
    const posted = fakeServer(['3']);
    renderPanel();
    const input = screen.getByLabelText('Numbers from–to');
    await userEvent.type(input, '1-5');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    await waitFor(() => expect(input).toHaveAccessibleDescription(/already has chapter 3; nothing was added/));
    expect(posted).toEqual([{ content: 7, from: 1, to: 5 }]);
    expect(screen.getAllByText(/^Chapter \d$/)).toHaveLength(1);
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
