import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverMessages } from '../api/serverMessages';
import { ChangeList } from '../catalog/ChangeList';
import type { ImportReport, ImportRow, Outcome } from './transfer';
import { refocus } from '../ui/refocus';
import { useUniqueId } from '../ui/useUniqueId';

/** What the report shows: every row, the rows of one outcome, or those that need a look. */
type Shown = Outcome | 'all' | 'attention';

const COUNTS = ['created', 'updated', 'unchanged', 'unmatched', 'errors'] as const;
const OUTCOMES: Outcome[] = ['created', 'updated', 'unchanged', 'unmatched', 'error'];

/**
 * The counts worth a badge: "0 updated · 0 unchanged · 0 errors" is noise beside the one that says what happened.
 * A report where all are nought (an empty file) keeps the first, so that the sentence still ends on a count.
 */
function shownCounts(report: ImportReport): (typeof COUNTS)[number][] {
  const some = COUNTS.filter((key) => (report[key] ?? 0) > 0);
  return some.length > 0 ? some : [COUNTS[0]];
}

/**
 * The fields a reader sets by hand, whose value an import may replace. Not the chapter read, which a new import of a
 * spreadsheet is for, nor the yes/no and counts, which a favourite column only turns on.
 */
const OWN_VALUES = new Set(['status', 'score', 'notes', 'tags', 'reading_url', 'started_on', 'finished_on']);

const isSet = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * An update that replaces something the entry had, beyond the chapter read: a spreadsheet kept from before puts back
 * the status or score the reader has changed in the app since, and an undated one says nothing of being older.
 */
function replacesAValue(row: ImportRow): boolean {
  return row.outcome === 'updated' && Object.entries(row.changes ?? {}).some(([field, [before]]) => OWN_VALUES.has(field) && isSet(before));
}

/**
 * A row the reader should look at: not imported (an error, not in the catalog), imported with a note, or replacing
 * a value of the entry.
 */
function needsAttention(row: ImportRow): boolean {
  return row.outcome === 'error' || row.outcome === 'unmatched' || (row.messages?.length ?? 0) > 0 || replacesAValue(row);
}

/**
 * The rows that need a look, when some do: a list of 80 series on a phone was a page of 22,000 px where the three
 * rows that mattered had to be searched for. Every row otherwise.
 */
function defaultShown(report: ImportReport): Shown {
  return (report.results ?? []).some(needsAttention) ? 'attention' : 'all';
}

function isShown(row: ImportRow, shown: Shown): boolean {
  return shown === 'all' || (shown === 'attention' ? needsAttention(row) : row.outcome === shown);
}

/**
 * What an import did, or would do on a dry run: the counts, then each row with its outcome, what it changes and
 * the server's notes (a value left out, a row older than the entry).
 */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation('settings');
  // a list of 300 series: the rows in error, unmatched or with a note are the ones to look at. The reader's choice
  // holds for the report it was made on; the next report starts again from its own default
  const [picked, setPicked] = useState<{ report: ImportReport; shown: Shown } | null>(null);
  const shown = picked?.report === report ? picked.shown : defaultShown(report);
  const setShown = (value: Shown) => setPicked({ report, shown: value });
  const all = report.results ?? [];
  const rows = all.filter((row) => isShown(row, shown));
  const ignored = report.ignored_columns ?? [];
  // each new report takes the focus, to be read from its heading: the button pressed was disabled while the file
  // went, and the focus fell to the page. In the commit itself (a layout effect): a passive effect could run after the
  // reader's next press, and take the focus back from where that press put it
  const heading = useRef<HTMLHeadingElement>(null);
  const filter = useRef<HTMLSelectElement>(null);
  const titleId = useUniqueId();
  useLayoutEffect(() => heading.current?.focus(), [report]);
  // on a phone each cell is named before its value, with the language's own spacing ("Ligne : 2")
  const cellLabel = (label: string) => t('import.cellLabel', { label });
  // a spreadsheet's and a MyAnimeList file's rows are named by the line they start on; a JSON export's by position
  const rowLabel = report.format === 'json' ? t('import.entry') : t('import.line');
  return (
    <div className="import-report">
      <h3 id={titleId} ref={heading} tabIndex={-1}>{report.dry_run ? t('import.previewTitle') : t('import.resultTitle')}</h3>
      <p>
        {t('import.summary', { count: report.rows ?? 0, format: report.format ? t(`import.formats.${report.format}`) : '?' })}{' '}
        {shownCounts(report).map((key) => (
          <span key={key} className={`badge outcome-${key}`}>
            {t(`import.count.${key}`, { count: report[key] ?? 0 })}
          </span>
        ))}
      </p>
      {/* a spreadsheet's columns that no field took: said, not dropped without a word */}
      {ignored.length > 0 && (
        <p className="ignored-columns">
          {t('import.ignoredColumns', {
            count: ignored.length,
            columns: ignored.map((name) => t('import.columnName', { name })).join(', '),
          })}
        </p>
      )}
      <div className="outcome-filter">
        <label>
          <span>{t('import.show')}</span>
          <select ref={filter} value={shown} onChange={(event) => setShown(event.currentTarget.value as Shown)}>
            <option value="attention">{t('import.attentionRows')}</option>
            <option value="all">{t('import.allRows')}</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`import.outcome.${outcome}`)}
              </option>
            ))}
          </select>
        </label>
        {rows.length < all.length && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setShown('all');
              // the button goes with the rows it hid: the focus, onto the choice of rows it set
              void refocus(() => filter.current);
            }}
          >
            {t('import.showAll', { count: all.length })}
          </button>
        )}
      </div>
      {/* on a phone each row is a block of its own (settings.css): the roles keep it a table to screen readers */}
      <div className="table-scroll" role="region" aria-labelledby={titleId}>
        <table className="import-rows" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{rowLabel}</th>
              <th scope="col" role="columnheader">{t('import.titleColumn')}</th>
              <th scope="col" role="columnheader">{t('import.outcomeColumn')}</th>
              <th scope="col" role="columnheader">{t('import.messages')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row, index) => (
              <tr key={`${row.row}-${index}`} role="row" className={row.outcome === 'error' ? 'row-error' : undefined}>
                <td role="cell" data-label={cellLabel(rowLabel)}>{row.row}</td>
                <td role="cell" data-label={cellLabel(t('import.titleColumn'))}>
                  {row.title}
                  {/* a loose match (another case, an alternative title): which series of the catalog it was taken for */}
                  {row.content_title && row.content_title !== row.title && (
                    <span className="matched-title muted">{t('import.matched', { title: row.content_title })}</span>
                  )}
                </td>
                <td role="cell" data-label={cellLabel(t('import.outcomeColumn'))}>{row.outcome ? t(`import.outcome.${row.outcome satisfies Outcome}`) : ''}</td>
                <td role="cell" data-label={cellLabel(t('import.messages'))}>
                  <ChangeList changes={row.changes} added={row.outcome === 'created'} className="import-changes" />
                  {serverMessages(row.messages)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
