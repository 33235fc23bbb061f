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
  let changedSince: Set<number>;
  const done = vi.fn();

  beforeEach(() => {
    sent = [];
    refuse = new Set();
    changedSince = new Set();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        if (url.pathname === '/api/progress/tags') {
          // the reader's tags, offered in the tag field
          return json(200, { tags: [{ name: 'weekly', entries: 1, spellings: ['weekly'] }] });
        }
        const body = request.method === 'PATCH' ? ` ${await request.text()}` : '';
        sent.push(`${request.method} ${url.pathname}${body}`);
        const id = Number(url.pathname.split('/')[3]);
        if (refuse.has(id)) {
          return json(400, { title: 'Bad Request', status: 400, errors: { tags: ['An entry has at most 20 tags.'] } });
        }
        if (request.method === 'DELETE') {
          return new Response(null, { status: 204 });
        }
        // the entry as the server has it: a tag added elsewhere on #1, and a later change on those changed since
        const now = entry(id, `#${id}`, { tags: id === 1 ? ['later'] : id === 3 ? ['weekly'] : [] });
        return json(200, request.method === 'GET' && changedSince.has(id) ? { ...now, updated_at: '2030-01-01T00:00:00Z' } : now);
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
    expect(sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));

    await waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('2 series moved to Completed (1 was there already.)', expect.anything()),
    );
    // Berserk was completed: saved, it would have recorded nothing, and the Undo would take back an older change
    expect(sent).toEqual(['PATCH /api/progress/1 {"status":"completed"}', 'PATCH /api/progress/3 {"status":"completed"}']);
    expect(done).toHaveBeenCalled();

    sent = [];
    (vi.mocked(toast.success).mock.calls[0][1]!.action as { onClick(): void }).onClick();
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('Undone for 2 series', expect.anything()));
    // not in the place of the change's toast, which its Undo closes: an undo answered before it left was never seen
    const moved = vi.mocked(toast.success).mock.calls.find(([text]) => text !== 'Undone for 2 series')!;
    const undone = vi.mocked(toast.success).mock.calls.find(([text]) => text === 'Undone for 2 series')!;
    expect(undone[1]?.id).not.toBe(moved[1]?.id);
    // each entry read first: its latest change must still be this one
    expect(sent).toEqual(['GET /api/progress/1', 'POST /api/progress/1/undo', 'GET /api/progress/3', 'POST /api/progress/3/undo']);
  });

  it("leaves alone, on Undo, an entry changed again since, whose latest change is no longer the move", async () => {
    renderBar([frieren, dungeon]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Move the 2 selected to' }), 'completed');
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('2 series moved to Completed', expect.anything()));
    // a chapter read on Dungeon Meshi since the move
    changedSince.add(3);

    sent = [];
    (vi.mocked(toast.success).mock.calls[0][1]!.action as { onClick(): void }).onClick();

    await waitFor(() =>
      expect(toast.error).toHaveBeenCalledWith('Undone for 1 of 2 series: the others changed since, and were left as they are.', expect.anything()),
    );
    expect(sent).toEqual(['GET /api/progress/1', 'POST /api/progress/1/undo', 'GET /api/progress/3']);
  });

  it('adds a tag beside the others, leaving out the entries that have it in any case', async () => {
    renderBar([frieren, dungeon]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit tags' }));
    // the reader's tags offered as they type
    await waitFor(() => expect(screen.getByLabelText('Tag to add', { selector: 'input' })).toHaveAttribute('list', 'bulk-known-tags'));
    expect([...document.querySelectorAll('#bulk-known-tags option')].map((option) => option.getAttribute('value'))).toEqual(['weekly']);
    await userEvent.type(screen.getByLabelText('Tag to add', { selector: 'input' }), ' weekly {Enter}');

    await waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('Tag “weekly” added to 1 series (1 was there already.)', expect.anything()),
    );
    // beside the tags the entry has now, read just before, not those the list last showed
    expect(sent).toEqual(['GET /api/progress/1', 'PATCH /api/progress/1 {"tags":["later","weekly"]}']);
  });

  it('adds several tags typed with commas or semicolons in one change per entry', async () => {
    renderBar([frieren, dungeon]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit tags' }));
    await userEvent.type(screen.getByLabelText('Tag to add', { selector: 'input' }), 'weekly; magic, {Enter}');

    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('Tags “weekly”, “magic” added to 2 series', expect.anything()));
    // each entry given those it lacks: #3 had "weekly" on the server already
    expect(sent).toEqual([
      'GET /api/progress/1',
      'PATCH /api/progress/1 {"tags":["later","weekly","magic"]}',
      'GET /api/progress/3',
      'PATCH /api/progress/3 {"tags":["weekly","magic"]}',
    ]);
  });

  it('takes a tag off the selected series that have it, in any case, leaving their other tags', async () => {
    renderBar([entry(1, 'Frieren', { tags: ['later', 'Weekly'] }), dungeon, berserk]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit tags' }));
    // the selection's tags, each once
    expect(screen.getByRole('group', { name: 'Or remove a tag:' })).toHaveTextContent(/^Or remove a tag:laterWeekly$/);
    await userEvent.click(screen.getByRole('button', { name: 'Remove the tag “Weekly” from the selected series' }));

    await waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('Tag “Weekly” removed from 1 series (1 did not have it.)', expect.anything()),
    );
    // the entries that had it, read again first: #1 lost it on another device meanwhile, #3 has it in lower case
    expect(sent).toEqual(['GET /api/progress/1', 'GET /api/progress/3', 'PATCH /api/progress/3 {"tags":[]}']);
  });

  it('says how many were changed and why one was not, keeping the Undo for those changed', async () => {
    refuse.add(3);
    renderBar([frieren, entry(3, 'Dungeon Meshi', { tags: ['a'] })]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit tags' }));
    await userEvent.type(screen.getByLabelText('Tag to add', { selector: 'input' }), 'weekly{Enter}');

    await waitFor(() =>
      expect(toast.error).toHaveBeenCalledWith(
        '1 of 2 changed. Dungeon Meshi was not: An entry has at most 20 tags.',
        expect.objectContaining({ action: expect.objectContaining({ label: 'Undo' }) }),
      ),
    );
  });

  /** The options the last success toast was given: its Undo, and what it does as it goes. */
  const lastToast = () => vi.mocked(toast.success).mock.lastCall![1] as {
    action: { label: string; onClick(): void };
    onAutoClose(): void;
    onDismiss(): void;
  };

  it('removes without a question first, and deletes the entries only once its toast goes', async () => {
    renderBar([frieren, berserk]);

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));

    expect(screen.queryByRole('button', { name: 'Yes, remove' })).toBeNull();
    await waitFor(() => expect(toast.success).toHaveBeenCalledWith('2 series removed from your list', expect.anything()));
    expect(done).toHaveBeenCalled();
    const removal = lastToast();
    expect(removal.action.label).toBe('Undo');
    expect(sent).toEqual([]);

    removal.onAutoClose();
    await waitFor(() => expect(sent).toEqual(['DELETE /api/progress/1', 'DELETE /api/progress/2']));
    // the toast closed by hand as well: the entries are not deleted twice
    removal.onDismiss();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(2);
    // an Undo that comes after the deletions (a page back from the back-forward cache) says it is too late
    removal.action.onClick();
    await waitFor(() => expect(toast.error).toHaveBeenCalledWith('Too late to undo: the 2 series were removed already.', expect.anything()));
  });

  it('deletes nothing when the removal is undone, and says so', async () => {
    renderBar([frieren]);

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(toast.success).toHaveBeenCalledOnce());
    const removal = lastToast();
    removal.action.onClick();
    // sonner closes the toast after its action without a dismissal: nothing else would be carried out anyway
    await waitFor(() => expect(toast.success).toHaveBeenLastCalledWith('1 series back in your list', expect.anything()));
    removal.onDismiss();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
  });

  it('says which entry a removal could not delete', async () => {
    refuse.add(2);
    renderBar([frieren, berserk]);

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(toast.success).toHaveBeenCalledOnce());
    lastToast().onAutoClose();

    await waitFor(() =>
      expect(toast.error).toHaveBeenCalledWith(
        '1 of 2 removed. Berserk was not, and is back in your list: An entry has at most 20 tags.',
        expect.anything(),
      ),
    );
  });

  it('changes nothing when every entry selected is there already', async () => {
    renderBar([berserk]);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Move the 1 selected to' }), 'completed');
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));

    await waitFor(() => expect(toast).toHaveBeenCalledWith('The selected series are in Completed already: nothing to change.', expect.anything()));
    expect(sent).toEqual([]);
  });

  it('is left with Escape, unless the tag field takes the key first', async () => {
    renderBar([frieren, berserk]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit tags' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByLabelText('Tag to add', { selector: 'input' })).toBeNull();
    expect(done).not.toHaveBeenCalled();

    await userEvent.keyboard('{Escape}');
    expect(done).toHaveBeenCalledOnce();
  });
});
