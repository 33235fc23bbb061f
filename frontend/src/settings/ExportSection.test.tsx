import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { ExportSection } from './ExportSection';

// jsdom cannot follow a download link: the download itself is not what these tests look at
vi.mock('./transfer', async (original) => ({ ...(await original<typeof import('./transfer')>()), saveFile: vi.fn() }));

/** The server answers every export with a small file; the URLs asked for are kept. */
function serverKeepingUrls() {
  const asked: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      asked.push(new URL(request.url));
      return new Response('title\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="list.csv"' } });
    }),
  );
  return asked;
}

function renderSection() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <ExportSection />
    </QueryClientProvider>,
  );
}

describe('the export', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('asks for semicolons in French, where Excel splits a file on them', async () => {
    await i18n.changeLanguage('fr');
    const asked = serverKeepingUrls();
    renderSection();
    expect(screen.getByLabelText('Séparateur du fichier CSV')).toHaveValue('semicolon');

    await userEvent.click(screen.getByRole('button', { name: /CSV \(tableur\)/ }));

    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0].searchParams.get('format')).toBe('csv');
    expect(asked[0].searchParams.get('delimiter')).toBe('semicolon');
  });

  it('asks for commas in English, or for what the reader picked, and never for a JSON file', async () => {
    const asked = serverKeepingUrls();
    renderSection();
    expect(screen.getByLabelText('Separator of the CSV file')).toHaveValue('comma');
    await userEvent.click(screen.getByRole('button', { name: /CSV \(spreadsheet\)/ }));
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0].searchParams.get('delimiter')).toBe('comma');

    await userEvent.selectOptions(screen.getByLabelText('Separator of the CSV file'), 'semicolon');
    await userEvent.click(screen.getByRole('button', { name: /CSV \(spreadsheet\)/ }));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1].searchParams.get('delimiter')).toBe('semicolon');

    await userEvent.click(screen.getByRole('button', { name: /JSON/ }));
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(asked[2].searchParams.get('format')).toBe('json');
    expect(asked[2].searchParams.has('delimiter')).toBe(false);
  });
});
