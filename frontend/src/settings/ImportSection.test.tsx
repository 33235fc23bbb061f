import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anImportReport } from '../api/testData';
import i18n from '../i18n';
import { ImportSection } from './ImportSection';
import { downloadName } from './transfer';

vi.mock('../preferences/useTimeZone', () => ({ useTimeZone: () => undefined }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function renderSection(editsCatalog = false) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <ImportSection editsCatalog={editsCatalog} />
    </QueryClientProvider>,
  );
}

const FILE = new File(['Name,Dernier Chapitre Lu\nSolo Climb,12\nNowhere,3\n'], 'list.csv', { type: 'text/csv' });

describe('importing a list', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('previews a dry run: the file goes as the `file` part, and each row shows with its outcome', async () => {
    const requests: { url: URL; file: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const form = await request.formData();
        requests.push({ url: new URL(request.url), file: await (form.get('file') as File).text() });
        return json(200, {
          format: 'csv',
          dry_run: true,
          rows: 2,
          created: 1,
          updated: 0,
          unchanged: 0,
          unmatched: 1,
          errors: 0,
          results: [
            {
              row: 2,
              title: 'solo climb!',
              outcome: 'created',
              entry: null,
              content: 4,
              content_title: 'Solo Climb',
              messages: [],
              changes: { content: [null, 4], last_chapter: ['', '12'], score: [null, 8] },
            },
            { row: 3, title: 'Nowhere', outcome: 'unmatched', entry: null, content: null, messages: ['No catalog content has this title.'] },
          ],
        });
      }),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'csv');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    const table = await screen.findByRole('table');
    // the report takes the focus, to be read from its heading
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Preview: nothing written yet' })).toHaveFocus());
    // the row to look at first, every row one tap away
    expect(screen.getByLabelText('Show')).toHaveValue('attention');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Nowhere');
    await userEvent.click(screen.getByRole('button', { name: 'Show every row (2)' }));
    expect(screen.getByLabelText('Show')).toHaveValue('all');
    expect(screen.queryByRole('button', { name: /Show every row/ })).toBeNull();
    const rows = within(table).getAllByRole('row');
    // matched loosely: the catalog's title says which series it was taken for
    expect(rows[1]).toHaveTextContent('solo climb!→ Solo Climb in the catalogNew entry');
    // what the new entry will hold
    expect(within(rows[1]).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Last chapter read: 12',
      'Score: 8',
    ]);
    // only the counts that say something: no "0 updated", no "0 errors"
    expect(screen.getByText('1 new')).toBeInTheDocument();
    expect(screen.getByText('1 not in the catalog')).toBeInTheDocument();
    expect(screen.queryByText(/^0 /)).toBeNull();
    expect(rows[2]).toHaveTextContent('NowhereNot in the catalogNo catalog content has this title.');
    expect(screen.getByText('Preview: nothing written yet')).toBeVisible();
    // the format by its name, not the API's word for it
    expect(screen.getByText(/^2 rows read as CSV:/)).toBeInTheDocument();
    expect(requests[0].url.pathname).toBe('/api/progress/import');
    expect(requests[0].url.searchParams.get('dry_run')).toBe('true');
    expect(requests[0].url.searchParams.get('format')).toBe('csv');
    expect(requests[0].file).toContain('Solo Climb,12');

    // the rows to look at, alone
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'unmatched');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Nowhere');
  });

  it('keeps the reader\'s progress unless they untick it: rows behind the list bring all but their chapter', async () => {
    const urls: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        urls.push(new URL(request.url));
        return json(200, {
          format: 'csv', dry_run: true, rows: 1, created: 0, updated: 0, unchanged: 1, unmatched: 0, errors: 0,
          results: [{ row: 2, title: 'Solo Climb', outcome: 'unchanged', entry: 3, content: 4, messages: ['Kept at chapter 45: the file says 12.'] }],
        });
      }),
    );
    renderSection();
    const option = screen.getByRole('checkbox', { name: 'Keep my progress' });
    expect(option).toBeChecked();
    expect(option).toHaveAccessibleDescription(/an earlier chapter or an older last update than your list, yours stay, and its tags are added to yours. Its other columns/);
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    // the row says what was kept, in the reader's words
    expect(await screen.findByRole('table')).toHaveTextContent('Kept at chapter 45: the file says 12.');
    await userEvent.click(option);
    // a choice changed: the preview that followed the other one is gone
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('table');

    expect(urls.map((url) => url.searchParams.get('keep_progress'))).toEqual(['true', null]);
  });

  it('asks for the missing series only when the reader says so, and tells them where those go', async () => {
    const urls: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        if (url.pathname === '/api/categories') {
          return json(200, { count: 1, next: null, previous: null, results: [{ id: 4, name: 'Webtoon' }] });
        }
        urls.push(url);
        return json(200, { format: 'csv', dry_run: true, rows: 0, created: 0, updated: 0, unchanged: 0, unmatched: 0, errors: 0, results: [] });
      }),
    );
    const { unmount } = renderSection();
    const option = screen.getByRole('checkbox', { name: 'Add the series the catalog lacks' });
    expect(option).toHaveAccessibleDescription(/become your suggestions/);
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');
    await userEvent.click(option);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');

    // a reader suggests them: only the catalog's editors may ask to create them
    expect(urls.map((url) => url.searchParams.get('suggest_missing'))).toEqual([null, 'true']);
    expect(urls.map((url) => url.searchParams.get('create_missing'))).toEqual([null, null]);
    expect(urls.at(-1)?.searchParams.get('default_category')).toBeNull();
    // rows without a type go where the reader says, rather than into a category named "Imported"
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Category of the series the file gives no type' }), 'Webtoon');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');
    expect(urls.at(-1)?.searchParams.get('default_category')).toBe('Webtoon');
    unmount();
    renderSection(true);
    const editorsOption = screen.getByRole('checkbox', { name: 'Add the series the catalog lacks' });
    expect(editorsOption).toHaveAccessibleDescription(/go into the catalog/);
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(editorsOption);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');
    expect(urls.at(-1)?.searchParams.get('create_missing')).toBe('true');
    expect(urls.at(-1)?.searchParams.get('suggest_missing')).toBeNull();
  });

  it('shows the report of an import refused for rows in error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(400, {
          title: 'Bad Request',
          format: 'csv',
          dry_run: false,
          rows: 1,
          created: 0,
          updated: 0,
          unchanged: 0,
          unmatched: 0,
          errors: 1,
          results: [{ row: 2, title: 'Solo Climb', outcome: 'error', messages: ['Unreadable score: "great"'] }],
        }),
      ),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was imported');
    expect(screen.getByRole('table')).toHaveTextContent('Unreadable score: "great"');
  });

  it('says how many rows an import left out, rather than that the list is up to date', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(200, {
          format: 'csv',
          dry_run: false,
          rows: 3,
          created: 1,
          updated: 0,
          unchanged: 0,
          unmatched: 2,
          errors: 0,
          results: [
            { row: 2, title: 'Solo Climb', outcome: 'created', messages: [] },
            { row: 3, title: 'Nowhere', outcome: 'unmatched', messages: ['No content of the catalog has this title.'] },
            { row: 4, title: 'Elsewhere', outcome: 'unmatched', messages: ['No content of the catalog has this title.'] },
          ],
        }),
      ),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Imported. 2 rows were left out: the list below says why.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.queryByText('Imported: your list is up to date.')).toBeNull();
  });

  it('lets go of the file once imported, so that a second press does not import it twice', async () => {
    const fetch = vi.fn(async () =>
      json(200, { format: 'csv', dry_run: false, rows: 1, created: 1, updated: 0, unchanged: 0, unmatched: 0, errors: 0, results: [] }),
    );
    vi.stubGlobal('fetch', fetch);
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    expect(screen.getByText('list.csv')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: your list is up to date.');
    // the report took the focus when it came, before the second press moves it
    expect(screen.getByRole('heading', { name: 'Result' })).toHaveFocus();

    expect((screen.getByLabelText('File') as HTMLInputElement).files).toHaveLength(0);
    expect(screen.getByText('No file chosen')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('File')).toHaveAccessibleDescription('Choose a file first.');
    // the field takes the focus, and a screen reader reads its message
    expect(screen.getByLabelText('File')).toHaveFocus();
    // the report of what was imported stays
    expect(screen.getByText('Imported: your list is up to date.')).toBeInTheDocument();
  });

  it('keeps the file after a preview, for the import that follows', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { format: 'csv', dry_run: true, rows: 1, created: 1, updated: 0, unchanged: 0, unmatched: 0, errors: 0, results: [] })),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');

    expect((screen.getByLabelText('File') as HTMLInputElement).files).toHaveLength(1);
    expect(screen.getByText('list.csv')).toBeInTheDocument();
  });

  it('offers to import the file again under its preview, with the same choices, when it would change something', async () => {
    const sent: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        sent.push(new URL(request.url).search);
        const dryRun = new URL(request.url).searchParams.get('dry_run') === 'true';
        return json(200, { format: 'csv', dry_run: dryRun, rows: 1, created: 1, updated: 0, unchanged: 0, unmatched: 0, errors: 0, results: [] });
      }),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByLabelText('Keep my progress'));
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');

    await userEvent.click(screen.getByRole('button', { name: 'Import this file' }));

    await screen.findByText('Imported: your list is up to date.');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('dry_run=true');
    expect(sent[1]).toBe(sent[0].replace('dry_run=true', 'dry_run=false'));
    expect(screen.queryByRole('button', { name: 'Import this file' })).toBeNull();
  });

  it('offers no second Import under a preview that would change nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { format: 'csv', dry_run: true, rows: 1, created: 0, updated: 0, unchanged: 1, unmatched: 0, errors: 0, results: [] })),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');

    expect(screen.queryByRole('button', { name: 'Import this file' })).toBeNull();
  });

  it('holds Import back after a preview with rows in error, until another file is chosen', async () => {
    const sent: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        sent.push(new URL(request.url).search);
        return json(200, {
          format: 'csv', dry_run: true, rows: 1, created: 0, updated: 0, unchanged: 0, unmatched: 0, errors: 1,
          results: [{ row: 2, title: 'Solo Climb', outcome: 'error', messages: ['Unreadable score: "great"'] }],
        });
      }),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('Preview: nothing written yet');

    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toHaveAttribute('aria-disabled', 'true');
    expect(importButton).toHaveAccessibleDescription(/The preview found rows in error: fix them in your file/);
    await userEvent.click(importButton);
    expect(sent).toHaveLength(1);

    await userEvent.upload(screen.getByLabelText('File'), new File(['Name\nSolo Climb\n'], 'fixed.csv', { type: 'text/csv' }));
    expect(importButton).not.toHaveAttribute('aria-disabled');
  });

  it('keeps one count when all are nought', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { format: 'csv', dry_run: true, rows: 0, created: 0, updated: 0, unchanged: 0, unmatched: 0, errors: 0, results: [] })),
    );
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByText('0 new')).toBeInTheDocument();
    expect(screen.queryByText('0 errors')).toBeNull();
  });

  it("shows each row's messages in the reader's language", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(200, {
          format: 'csv',
          dry_run: true,
          rows: 1,
          created: 0,
          updated: 0,
          unchanged: 0,
          unmatched: 1,
          errors: 0,
          results: [
            {
              row: 3,
              title: 'Nowhere',
              outcome: 'unmatched',
              messages: ['No content of the catalog has this title in Manga.', 'started_on: "soon" could not be read; left out.'],
            },
          ],
        }),
      ),
    );
    await i18n.changeLanguage('fr');
    try {
      renderSection();
      await userEvent.upload(screen.getByLabelText('Fichier'), FILE);
      await userEvent.click(screen.getByRole('button', { name: 'Prévisualiser' }));

      const row = within(await screen.findByRole('table')).getAllByRole('row')[1];
      expect(row).toHaveTextContent('Aucune œuvre du catalogue ne porte ce titre dans Manga. Commencé le : « soon » illisible, ignoré.');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it.each([404, 405])('says so plainly when the server has no import yet (%i)', async (status) => {
    // a server without it reads the path as /api/progress/{id}: no POST there
    vi.stubGlobal('fetch', vi.fn(async () => json(status, { title: 'Not available', status })));
    renderSection();
    await userEvent.upload(screen.getByLabelText('File'), FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Import is not available on this server yet.');
  });

  it('shows what an updated row changes, and why an older row needs a second look, in the reader\'s language', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(
          200,
          anImportReport({
            title: 'Solo Climb',
            entry: 7,
            content: 4,
            changes: { last_chapter: ['120', '95'], status: ['reading', 'on_hold'] },
            messages: ["This row is dated before your entry's last change: its values may be older than yours."],
          }),
        ),
      ),
    );
    await i18n.changeLanguage('fr');
    try {
      renderSection();
      await userEvent.upload(screen.getByLabelText('Fichier'), FILE);
      await userEvent.click(screen.getByRole('button', { name: 'Prévisualiser' }));

      const row = within(await screen.findByRole('table')).getAllByRole('row')[1];
      const changes = within(row).getAllByRole('listitem').map((item) => item.textContent);
      expect(changes).toEqual(['Statut\u00a0: En cours → En pause', 'Dernier chapitre lu\u00a0: 120 → 95']);
      // toHaveTextContent reads the no-break space before the colon as a space
      expect(row).toHaveTextContent("Cette ligne date d’avant la dernière modification de votre entrée : ses valeurs sont peut-être plus anciennes que les vôtres.");
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('asks for a file before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));

    expect(screen.getByLabelText('File')).toHaveAccessibleDescription('Choose a file first.');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the name of an export', () => {
  it("is the server's when it gives one, else ours with the date", () => {
    expect(downloadName('attachment; filename="readtrack-alice.csv"', 'csv')).toBe('readtrack-alice.csv');
    expect(downloadName(null, 'mal', new Date('2026-12-02T10:00:00Z'))).toBe('readtrack-2026-12-02.xml');
  });
});
