import { api, ApiError, type Problem, type Schemas } from '../api/client';

/** Import and export of the caller's whole list (DESIGN.md B2), through the typed client. */
export type ExportFormat = 'csv' | 'json' | 'mal';
export type ImportFormat = 'auto' | 'csv' | 'mal' | 'json';
export type ImportReport = Schemas['ImportReport'];
export type ImportRow = Schemas['ImportResult'];
export type Outcome = NonNullable<ImportRow['outcome']>;

/** A refused import: the problem, and the report when the server refused it for rows in error (B2: all or nothing). */
export class ImportRefused extends ApiError {
  constructor(
    status: number,
    problem: Problem,
    readonly report: ImportReport | null,
  ) {
    super(status, problem);
  }
}

/**
 * Whether the server answered that it has no such endpoint (a server without issue 20): the screen says so plainly.
 * 404 for the export; 405 for the import, whose path an older server reads as `/api/progress/{id}`, which takes no POST.
 */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 405);
}

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', json: 'json', mal: 'xml' };

/** The file name the server gives (`Content-Disposition`), else one of ours. */
export function downloadName(disposition: string | null, format: ExportFormat, today = new Date()): string {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  if (match) {
    return decodeURIComponent(match[1]);
  }
  return `readtrack-${today.toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
}

/** How a CSV file separates its cells: semicolons for a spreadsheet whose decimal mark is a comma. */
export type CsvDelimiter = 'comma' | 'semicolon';

/** Excel splits a file on its locale's list separator: semicolons in French. */
export function defaultDelimiter(language: string): CsvDelimiter {
  return language.startsWith('fr') ? 'semicolon' : 'comma';
}

/** Every entry of the caller as a file: fetched with the token, since a plain link could not carry it. */
export async function exportEntries({ format, delimiter }: { format: ExportFormat; delimiter?: CsvDelimiter }): Promise<{ blob: Blob; name: string }> {
  const query = format === 'csv' && delimiter ? { format, delimiter } : { format };
  const { data, error, response } = await api.GET('/api/progress/export', { params: { query }, parseAs: 'blob' });
  if (error !== undefined || !response.ok || !data) {
    throw new ApiError(response.status, (error ?? {}) as Problem);
  }
  return { blob: data, name: downloadName(response.headers.get('Content-Disposition'), format) };
}

/**
 * What becomes of the series the catalog lacks: `create`d in the catalog (for those who edit it), `suggest`ed to it
 * (a reader's suggestions, tracked at once), or nothing (`null`: their rows are unmatched).
 */
export type MissingSeries = 'create' | 'suggest' | null;

/** What the reader asked of an import, beside the file. */
export interface ImportChoices {
  format: ImportFormat;
  /** A preview: the server reports what it would do and writes nothing. */
  dryRun: boolean;
  missing?: MissingSeries;
  /** With `missing`, the category (by name) of the series added for rows that name none; empty for the server's default. */
  category?: string;
  /** No row moves a series back to an earlier chapter; its other columns still apply. */
  keepProgress?: boolean;
}

export async function importEntries(file: File, { format, dryRun, missing = null, category = '', keepProgress = false }: ImportChoices): Promise<ImportReport> {
  const { data, error, response } = await api.POST('/api/progress/import', {
    params: {
      query: {
        format,
        dry_run: dryRun,
        ...(missing === 'create' ? { create_missing: true } : missing === 'suggest' ? { suggest_missing: true } : {}),
        ...(missing && category ? { default_category: category } : {}),
        ...(keepProgress ? { keep_progress: true } : {}),
      },
    },
    body: { file: '' },
    // the file as the `file` part; the browser writes the multipart header and its boundary
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', file, file.name);
      return form;
    },
  });
  if (error !== undefined || !response.ok) {
    const problem = (error ?? {}) as ImportReport & Problem;
    throw new ImportRefused(response.status, problem, Array.isArray(problem.results) ? problem : null);
  }
  return data as ImportReport;
}

/** Saves a blob as a download, as a link to a file would. */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
