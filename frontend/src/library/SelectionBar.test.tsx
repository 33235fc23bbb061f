import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toast } from 'sonner';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../api/client';
import { aContent, anEntry } from '../api/testData';
import { SelectionBar } from './SelectionBar';

vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const entry = (id: number, title: string, fields: Partial<Entry> = {}) =>
  anEntry({ id, status: 'reading', tags: [], content_detail: aContent({ id: id + 100, title }), ...fields });

const frieren = entry(1, 'Frieren');
const berserk = entry(2, 'Berserk', { status: 'completed' });
const dungeon = entry(3, 'Dungeon Meshi', { tags: ['Weekly'] });

describe('the selection bar', () => {
  let sent: string[];
  let refuse: Set<number>;
  const done = vi.fn();

  beforeEach(() => {
    sent = [];
    refuse = new Set();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        const body = request.method === 'PATCH' ? ` ${await request.text()}` : '';
        sent.push(`${request.method} ${url.pathname}${body}`);
        const id = Number(url.pathname.split('/')[3]);
        if (refuse.has(id)) {
          return json(400, { title: 'Bad Request', status: 400, errors: { tags: ['An entry has at most 20 tags.'] } });
        }
        return request.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, entry(id, `#${id}`));
      }),
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.clearAllMocks();
  });

  function renderBar(selected: Entry[]) {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <SelectionBar selected={selected} shown={3} onSelectAll={vi.fn()} onSelectNone={vi.fn()} onDone={done} />
      </QueryClientProvider>,
    );
  }

  it('moves only the entries not there yet, and its Undo takes back each move it made', async () => {
    renderBar([frieren, berserk, dungeon]);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Move the 3 selected to' }), 'completed');

    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('2 series moved to Completed', expect.anything()));
    // Berserk was completed: saved, it would have recorded nothing, and the Undo would take back an older change
    expect(sent).toEqual(['PATCH /api/progress/1 {"status":"completed"}', 'PATCH /api/progress/3 {"status":"completed"}']);
    expect(done).toHaveBeenCalled();

    sent = [];
    (vi.mocked(toast.success).mock.calls[0][1]!.action as { onClick(): void }).onClick();
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('Undone for 2 series', undefined));
    expect(sent).toEqual(['POST /api/progress/1/undo', 'POST /api/progress/3/undo']);
  });

  it('adds a tag beside the others, leaving out the entries that have it in any case', async () => {
    renderBar([frieren, dungeon]);

    await userEvent.click(screen.getByRole('button', { name: 'Add a tag' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Tag to add' }), ' weekly {Enter}');

    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('Tag “weekly” added to 1 series', expect.anything()));
    expect(sent).toEqual(['PATCH /api/progress/1 {"tags":["weekly"]}']);
  });

  it('says how many were changed and why one was not, keeping the Undo for those changed', async () => {
    refuse.add(3);
    renderBar([frieren, entry(3, 'Dungeon Meshi', { tags: ['a'] })]);

    await userEvent.click(screen.getByRole('button', { name: 'Add a tag' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Tag to add' }), 'weekly{Enter}');

    await waitFor(() =>
      expect(toast.error).toHaveBeenCalledWith(
        '1 of 2 changed. Dungeon Meshi was not: An entry has at most 20 tags.',
        expect.objectContaining({ action: expect.objectContaining({ label: 'Undo' }) }),
      ),
    );
  });

  it('asks before removing, and removes each entry selected', async () => {
    renderBar([frieren, berserk]);

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));

    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('2 series removed from your list', expect.objectContaining({ action: undefined })));
    expect(sent).toEqual(['DELETE /api/progress/1', 'DELETE /api/progress/2']);
  });

  it('changes nothing when every entry selected is there already', async () => {
    renderBar([berserk]);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Move the 1 selected to' }), 'completed');

    await waitFor(() => expect(toast).toHaveBeenCalledWith('The selected series are already there: nothing to change.', undefined));
    expect(sent).toEqual([]);
  });
});
