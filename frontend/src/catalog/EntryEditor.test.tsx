import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toast } from 'sonner';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../api/client';
import { aChapter, anEntry } from '../api/testData';
import i18n from '../i18n';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { EntryEditor } from './EntryEditor';

const entry: Entry = anEntry({
  id: 4,
  content: 9,
  last_chapter: '12',
  score: 7,
  started_on: '2026-01-03',
  tags: ['action'],
  notes: 'Good so far',
  next_chapter: aChapter({ id: 100, chapter_number: '13' }),
});

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Records each request the editor sends, and answers with the given responses in turn. */
function stubServer(...answers: Response[]) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'GET' && new URL(request.url).pathname === '/api/progress/tags') {
        // the reader's tags, read once the tags field is entered
        return json(200, { tags: [] });
      }
      const text = await request.text();
      sent.push({ method: request.method, path: new URL(request.url).pathname, body: text ? JSON.parse(text) : undefined });
      return answers.shift() ?? json(200, entry);
    }),
  );
  return sent;
}

/** The editor on a screen of its own, as the app shows it, for `first`; `newer` swaps in a newer version of the entry. */
function renderEditor(newer?: Entry, first: Entry = entry) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  function Screen() {
    const [shown, setShown] = useState(first);
    return (
      <>
        <EntryEditor entry={shown} />
        {newer && (
          <button type="button" onClick={() => setShown(newer)}>
            newer version
          </button>
        )}
        <Link to="/elsewhere">elsewhere</Link>
      </>
    );
  }
  const router = createMemoryRouter([
    { path: '/', element: <Screen /> },
    { path: '/elsewhere', element: <p>another screen</p> },
  ]);
  return render(
    <QueryClientProvider client={queries}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('the entry editor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says when the last chapter typed is words the series has no chapter of, and only then', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        asked.push(url.searchParams.get('search') ?? '');
        return json(200, { count: 1, next: null, previous: null, results: [aChapter({ id: 7, chapter_number: 'Extra' })] });
      }),
    );
    const user = userEvent.setup();
    renderEditor();
    const field = screen.getByLabelText('Last chapter read');
    const warning = /No chapter of this series has that name/;

    await user.clear(field);
    await user.type(field, 'abc');
    await waitFor(() => expect(field).toHaveAccessibleDescription(warning));

    // a chapter the series has, whatever its case: nothing to say
    await user.clear(field);
    await user.type(field, 'extra');
    await waitFor(() => expect(asked).toContain('extra'));
    await new Promise((settled) => setTimeout(settled, 50));
    expect(field).not.toHaveAccessibleDescription(warning);

    // a number, written the way readers write it, is not looked up
    await user.clear(field);
    await user.type(field, 'Ch. 120');
    await new Promise((settled) => setTimeout(settled, 500));
    expect(asked.some((search) => search.includes('120'))).toBe(false);
    expect(field).not.toHaveAccessibleDescription(warning);
  });

  it('sends only the fields the reader changed', async () => {
    const sent = stubServer(json(200, { ...entry, status: 'completed', score: 8.5, last_chapter: '13', tags: ['action', 'isekai'] }));
    const user = userEvent.setup();
    renderEditor();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');

    await user.selectOptions(screen.getByLabelText('Status'), 'completed');
    await user.clear(screen.getByLabelText('Score'));
    await user.type(screen.getByLabelText('Score'), '8.5');
    await user.click(screen.getByRole('button', { name: '+1: last chapter read 13' }));
    await user.type(screen.getByLabelText('Tags'), 'isekai{Enter}');
    expect(screen.getByText('4 unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'PATCH',
      path: '/api/progress/4',
      body: { status: 'completed', score: 8.5, last_chapter: '13', tags: ['action', 'isekai'] },
    });
  });

  it('takes its "Saved" away once the form holds changes again', async () => {
    stubServer(json(200, { ...entry, score: 8 }));
    const saved = vi.spyOn(toast, 'success');
    const dismissed = vi.spyOn(toast, 'dismiss');
    const user = userEvent.setup();
    renderEditor();

    await user.clear(screen.getByLabelText('Score'));
    await user.type(screen.getByLabelText('Score'), '8');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toHaveBeenCalledWith('Saved', { id: 'entry-saved' }));
    dismissed.mockClear();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(dismissed).not.toHaveBeenCalled();

    await user.selectOptions(screen.getByLabelText('Status'), 'completed');
    expect(dismissed).toHaveBeenCalledWith('entry-saved');
    saved.mockRestore();
    dismissed.mockRestore();
  });

  it('removes a tag with its chip’s button and clears the score with null', async () => {
    const sent = stubServer();
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove the tag action' }));
    await user.clear(screen.getByLabelText('Score'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].body).toEqual({ score: null, tags: [] });
  });

  it('says when a pasted note was cut to the length the server keeps, and how much room is left near the end', async () => {
    const sent = stubServer();
    const user = userEvent.setup();
    renderEditor();
    const notes = screen.getByLabelText('Notes');
    await user.clear(notes);

    await user.click(notes);
    await user.paste('📚'.repeat(9600));
    expect(screen.getByText('400 characters left.')).toBeVisible();
    await user.paste('x'.repeat(1000));

    expect((notes as HTMLTextAreaElement).value).toBe('📚'.repeat(9600) + 'x'.repeat(400));
    expect(screen.getByText('Notes hold 10,000 characters at most: the end of what you pasted was left out.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect([...(sent[0].body as { notes: string }).notes]).toHaveLength(10000);
  });

  it('fills in the latest chapter when the status becomes completed, so that none stays unread', async () => {
    const sent = stubServer();
    const user = userEvent.setup();
    renderEditor(undefined, { ...entry, unread_count: 23, latest_chapter: aChapter({ id: 120, chapter_number: '35' }) });

    await user.selectOptions(screen.getByLabelText('Status'), 'completed');

    // in sight before saving
    expect(screen.getByLabelText('Last chapter read')).toHaveValue('35');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].body).toEqual({ status: 'completed', last_chapter: '35' });
  });

  it('puts back the last chapter it filled in when the reader picks another status again', async () => {
    stubServer();
    const user = userEvent.setup();
    renderEditor(undefined, { ...entry, unread_count: 23, latest_chapter: aChapter({ id: 120, chapter_number: '35' }) });

    await user.selectOptions(screen.getByLabelText('Status'), 'completed');
    await user.selectOptions(screen.getByLabelText('Status'), 'reading');

    expect(screen.getByLabelText('Last chapter read')).toHaveValue('12');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('leaves a last chapter the reader changed back after completing, and offers the latest again', async () => {
    const sent = stubServer();
    const user = userEvent.setup();
    renderEditor(undefined, { ...entry, unread_count: 23, latest_chapter: aChapter({ id: 120, chapter_number: '35' }) });

    await user.selectOptions(screen.getByLabelText('Status'), 'completed');
    await user.clear(screen.getByLabelText('Last chapter read'));
    await user.type(screen.getByLabelText('Last chapter read'), '12');
    await user.click(screen.getByRole('button', { name: 'Read up to the latest chapter, 35' }));

    expect(screen.getByLabelText('Last chapter read')).toHaveValue('35');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].body).toEqual({ status: 'completed', last_chapter: '35' });
  });

  it('offers no step back to a reader past the catalog’s latest chapter', async () => {
    stubServer();
    const user = userEvent.setup();
    renderEditor(undefined, { ...entry, last_chapter: '36', unread_count: 0, latest_chapter: aChapter({ id: 120, chapter_number: '35' }) });

    await user.selectOptions(screen.getByLabelText('Status'), 'completed');

    expect(screen.getByLabelText('Last chapter read')).toHaveValue('36');
    expect(screen.queryByRole('button', { name: /Read up to the latest chapter/ })).toBeNull();
  });

  it('keeps the end of a full note when something is pasted in its middle', async () => {
    stubServer();
    const user = userEvent.setup();
    renderEditor(undefined, { ...entry, notes: 'a'.repeat(5000) + 'END' });
    const notes = screen.getByLabelText('Notes') as HTMLTextAreaElement;

    await user.click(notes);
    notes.setSelectionRange(10, 10);
    await user.paste('x'.repeat(6000));

    expect(notes.value.endsWith('END')).toBe(true);
    expect([...notes.value]).toHaveLength(10000);
    expect(notes.value.slice(0, 10 + 4997)).toBe('a'.repeat(10) + 'x'.repeat(4997));
  });

  it('makes a tag of each part of what is typed or pasted between commas and semicolons', async () => {
    stubServer();
    const user = userEvent.setup();
    renderEditor();
    const field = screen.getByLabelText('Tags');

    await user.type(field, 'to-buy, shel');
    expect(screen.getByRole('button', { name: 'Remove the tag to-buy' })).toBeVisible();
    expect(field).toHaveValue(' shel');
    await user.type(field, 'f{Enter}');
    await user.click(field);
    await user.paste('manhwa;favourites');
    await user.click(screen.getByRole('button', { name: 'Add tag' }));

    const chips = within(screen.getByRole('list', { name: 'Current tags' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual(['action', 'to-buy', 'shelf', 'manhwa', 'favourites']);
    expect(field).toHaveValue('');
  });

  it('stops adding tags at 20 and says why', async () => {
    stubServer();
    const user = userEvent.setup();
    renderEditor();
    const field = screen.getByLabelText('Tags');
    for (let i = 1; i < 20; i++) {
      await user.type(field, `tag${i}{Enter}`);
    }

    expect(screen.getByText('Up to 20 tags: remove one to add another.')).toBeVisible();
    // the field keeps the focus (a disabled one would drop it) but adds nothing more
    expect(field).toHaveFocus();
    await user.type(field, 'one more{Enter}');
    expect(screen.queryByRole('button', { name: 'Remove the tag one more' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add tag' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove the tag tag7' }));
    expect(screen.queryByText('Up to 20 tags: remove one to add another.')).toBeNull();
  });

  it('shows the server’s message beside the field it is about', async () => {
    stubServer(
      json(400, { title: 'Bad Request', status: 400, detail: 'Invalid input.', errors: { finished_on: ['Ensure this date is on or after the start date.'] } }),
    );
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText('Finished on'), '2025-12-31');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const finished = screen.getByLabelText('Finished on');
    await waitFor(() => expect(finished).toHaveAccessibleDescription('Ensure this date is on or after the start date.'));
    expect(finished).toHaveAttribute('aria-invalid', 'true');
    // beside its field, not repeated above the form
    expect(screen.queryByRole('alert')).toBeNull();

    // once the reader changes the field, what was said of the old value goes
    await user.clear(finished);
    expect(finished).not.toHaveAccessibleDescription('Ensure this date is on or after the start date.');
    expect(finished).not.toHaveAttribute('aria-invalid');
  });

  describe('in French', () => {
    beforeEach(() => i18n.changeLanguage('fr'));
    afterEach(() => i18n.changeLanguage('en'));

    it('shows a score with a fraction with a decimal comma, before and after a save', async () => {
      const sent = stubServer(json(200, { ...entry, score: 7.5 }));
      const user = userEvent.setup();
      renderEditor(undefined, { ...entry, score: 6.5 });
      expect(screen.getByLabelText('Note sur 10')).toHaveValue('6,5');

      await user.clear(screen.getByLabelText('Note sur 10'));
      await user.type(screen.getByLabelText('Note sur 10'), '7,5');
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

      await waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0].body).toEqual({ score: 7.5 });
      await waitFor(() => expect(screen.getByRole('button', { name: 'Enregistrer' })).toHaveAttribute('aria-disabled', 'true'));
      expect(screen.getByLabelText('Note sur 10')).toHaveValue('7,5');
    });

    it('shows the server’s messages in French, each beside its field', async () => {
      stubServer(
        json(400, {
          title: 'Bad Request',
          status: 400,
          detail: 'Invalid input.',
          errors: {
            score: ['Ensure this value is less than or equal to 10.'],
            tags: ['The tag "Isekai" is given twice.'],
            notes: ['A sentence this app has never heard of.'],
          },
        }),
      );
      const user = userEvent.setup();
      renderEditor();
      await user.clear(screen.getByLabelText('Note sur 10'));
      await user.type(screen.getByLabelText('Note sur 10'), '12');
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

      // after the field's hint
      await waitFor(() =>
        expect(screen.getByLabelText('Note sur 10')).toHaveAccessibleDescription(
          expect.stringContaining('Assurez-vous que cette valeur est inférieure ou égale à 10.'),
        ),
      );
      expect(screen.getByText("L’étiquette « Isekai » apparaît deux fois.")).toBeInTheDocument();
      // one the app does not know stays as the server wrote it
      expect(screen.getByText('A sentence this app has never heard of.')).toBeInTheDocument();
    });
  });

  it('keeps what the reader is typing when a newer version of the entry arrives, and shows the rest of it', async () => {
    stubServer();
    const user = userEvent.setup();
    renderEditor({ ...entry, last_chapter: '14', updated_at: '2026-01-04T10:00:00Z' });

    await user.clear(screen.getByLabelText('Notes'));
    await user.type(screen.getByLabelText('Notes'), 'A review in progress');
    await user.click(screen.getByRole('button', { name: 'newer version' }));

    await waitFor(() => expect(screen.getByLabelText('Last chapter read')).toHaveValue('14'));
    expect(screen.getByLabelText('Notes')).toHaveValue('A review in progress');
  });

  it('asks before leaving the screen with unsaved changes, and stays when told to', async () => {
    stubServer();
    const user = userEvent.setup();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    renderEditor();

    await user.type(screen.getByLabelText('Notes'), '!');
    await user.click(screen.getByRole('link', { name: 'elsewhere' }));

    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(screen.getByLabelText('Notes')).toHaveValue('Good so far!');
    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('link', { name: 'elsewhere' }));
    expect(await screen.findByText('another screen')).toBeInTheDocument();
  });

  it('offers to discard changes only when there are some, under a name of its own rather than a second Cancel', async () => {
    stubServer();
    const user = userEvent.setup();
    renderEditor();
    expect(screen.queryByRole('button', { name: 'Discard changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Score'));
    await user.type(screen.getByLabelText('Score'), '9');
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));

    expect(screen.getByLabelText('Score')).toHaveValue('7');
    expect(screen.queryByRole('button', { name: 'Discard changes' })).not.toBeInTheDocument();
  });

  it('takes a score typed with a decimal comma', async () => {
    const sent = stubServer(json(200, { ...entry, score: 8.5 }));
    const user = userEvent.setup();
    renderEditor();

    await user.clear(screen.getByLabelText('Score'));
    await user.type(screen.getByLabelText('Score'), '8,5');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].body).toEqual({ score: 8.5 });
  });
});
