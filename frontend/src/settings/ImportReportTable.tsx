import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverMessages } from '../api/serverMessages';
import { ChangeList } from '../catalog/ChangeList';
import type { ImportReport, Outcome } from './transfer';

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
 * What an import did, or would do on a dry run: the counts, then each row with its outcome, what it changes and
 * the server's notes (a value left out, a row older than the entry).
 */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation('settings');
  // a list of 300 series: the rows in error or unmatched are the ones to look at
  const [shown, setShown] = useState<Outcome | 'all'>('all');
  const rows = (report.results ?? []).filter((row) => shown === 'all' || row.outcome === shown);
  // each new report takes the focus, to be read from its heading: the button pressed was disabled while the file
  // went, and the focus fell to the page
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), [report]);
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
      <label className="outcome-filter">
        <span>{t('import.show')}</span>
        <select value={shown} onChange={(event) => setShown(event.currentTarget.value as Outcome | 'all')}>
          <option value="all">{t('import.allRows')}</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`import.outcome.${outcome}`)}
            </option>
          ))}
        </select>
      </label>
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
