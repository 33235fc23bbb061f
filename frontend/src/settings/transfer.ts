import type { Client } from 'openapi-fetch';
import { api, ApiError, type Problem } from '../api/client';

/**
 * Import and export (DESIGN.md B2, issue 20) are not in the server's schema yet. Their paths are described here,
 * as openapi-typescript would write them, and called through the app's own client — so the access token and its
 * refresh come along. Once the server has them, `npm run api` adds them to `schema.d.ts` and this file can go.
 */
export type ExportFormat = 'csv' | 'json' | 'mal';
export type ImportFormat = 'auto' | 'csv' | 'mal' | 'json';
export type Outcome = 'created' | 'updated' | 'unchanged' | 'unmatched' | 'error';

export interface ImportRow {
  row?: number;
  title?: string;
  outcome?: Outcome;
  entry?: number | null;
  content?: number | null;
  messages?: string[];
}

export interface ImportReport {
  format?: string;
  dry_run?: boolean;
  rows?: number;
  created?: number;
  updated?: number;
  unchanged?: number;
  unmatched?: number;
  errors?: number;
  results?: ImportRow[];
}

type Headers = { [name: string]: unknown };
type Failure = { headers: Headers; content: { 'application/problem+json': Problem } };
type None = { query?: never; header?: never; path?: never; cookie?: never };

interface TransferPaths {
  '/api/progress/export': {
    parameters: None;
    get: {
      parameters: { query: { format: ExportFormat }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Headers; content: { 'application/octet-stream': string } }; 404: Failure };
    };
  };
  '/api/progress/import': {
    parameters: None;
    post: {
      parameters: { query?: { format?: ImportFormat; dry_run?: boolean }; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'multipart/form-data': { file: string } } };
      responses: {
        200: { headers: Headers; content: { 'application/json': ImportReport } };
        400: { headers: Headers; content: { 'application/json': ImportReport & Problem } };
        404: Failure;
        413: Failure;
      };
    };
  };
}

const transfer = api as unknown as Client<TransferPaths>;

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

/** Every entry of the caller as a file: fetched with the token, since a plain link could not carry it. */
export async function exportEntries(format: ExportFormat): Promise<{ blob: Blob; name: string }> {
  const { data, error, response } = await transfer.GET('/api/progress/export', { params: { query: { format } }, parseAs: 'blob' });
  if (error !== undefined || !response.ok || !data) {
    throw new ApiError(response.status, (error ?? {}) as Problem);
  }
  return { blob: data, name: downloadName(response.headers.get('Content-Disposition'), format) };
}

export async function importEntries(file: File, format: ImportFormat, dryRun: boolean): Promise<ImportReport> {
  const { data, error, response } = await transfer.POST('/api/progress/import', {
    params: { query: { format, dry_run: dryRun } },
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
  return data;
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
