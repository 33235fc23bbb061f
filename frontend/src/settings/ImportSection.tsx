import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readAgain } from '../api/readAgain';
import { ENTRIES } from '../library/entries';
import { fetchCategories, keys } from '../catalog/catalogApi';
import { CheckField, SelectField } from '../ui/Field';
import { FileInput } from '../ui/FileInput';
import { FormError } from '../ui/FormError';
import { ImportReportTable } from './ImportReportTable';
import { ImportRefused, importEntries, isMissingEndpoint, type ImportChoices, type ImportFormat, type ImportReport, type MissingSeries } from './transfer';
import { ImportColumnsHelp } from './ImportColumnsHelp';

const FORMATS: ImportFormat[] = ['auto', 'csv', 'mal', 'json'];

interface Import extends ImportChoices {
  file: File;
}

/**
 * A file from a spreadsheet, MyAnimeList or another Readtrack: previewed first (a dry run), then imported. On
 * request, the series the catalog lacks are created: in the catalog by those who edit it (`editsCatalog`), as
 * the reader's suggestions otherwise.
 */
export function ImportSection({ editsCatalog = false }: { editsCatalog?: boolean }) {
  // the report's change lists speak the catalog's words: loaded with the page, not when the first report comes
  // (the page then gave way to "Loading…" and came back scrolled to its top)
  const { t } = useTranslation(['settings', 'catalog']);
  const queries = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [missingFile, setMissingFile] = useState(false);
  // a new file field after an import: the one imported is no longer chosen, so a second press of Import asks for a
  // file rather than importing the same one twice
  const [fileField, setFileField] = useState(0);
  const [addingMissing, setAddingMissing] = useState(false);
  // where the series added for rows without a type go: a spreadsheet of one kind of series has no type column
  const categories = useQuery({ queryKey: keys.categories, queryFn: fetchCategories, enabled: addingMissing });
  const run = useMutation({
    mutationFn: ({ file, ...choices }: Import) => importEntries(file, choices),
    onSuccess: (report) => {
      if (!report.dry_run) {
        setFileField((field) => field + 1);
        return readAgain(queries, { queryKey: ENTRIES });
      }
    },
  });
  const report: ImportReport | null = run.data ?? (run.error instanceof ImportRefused ? run.error.report : null);
  // a preview with rows in error: importing the same file would be refused whole, so Import waits for another file
  const fixFirst = run.isSuccess && run.data.dry_run && run.data.errors > 0;

  function start(dryRun: boolean) {
    const values = new FormData(form.current!);
    const file = fileInput.current?.files?.[0];
    if (!file || file.size === 0) {
      setMissingFile(true);
      // onto the field, whose message is its description: read out, as a refusal from the server would be
      fileInput.current?.focus();
      return;
    }
    setMissingFile(false);
    const missing: MissingSeries = values.get('create_missing') !== 'on' ? null : editsCatalog ? 'create' : 'suggest';
    run.mutate({
      file,
      format: String(values.get('format')) as ImportFormat,
      dryRun,
      missing,
      category: String(values.get('default_category') ?? ''),
      keepProgress: values.get('keep_progress') === 'on',
    });
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="muted">{t('import.intro')}</p>
      <ImportColumnsHelp />
      <form
        ref={form}
        className="import-form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          start(true);
        }}
      >
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <FileInput
            key={fileField}
            id="import-file"
            inputRef={fileInput}
            name="file"
            accept=".csv,.json,.xml,.gz,text/csv,application/json,application/xml,application/gzip"
            aria-invalid={missingFile ? true : undefined}
            aria-describedby={missingFile ? 'import-file-error' : undefined}
            onChange={() => run.reset()}
          />
          {missingFile && (
            <small id="import-file-error" className="error">
              {t('import.chooseFile')}
            </small>
          )}
        </div>
        <div className="field">
          <label htmlFor="import-format">{t('import.format')}</label>
          <select id="import-format" name="format" defaultValue="auto" onChange={() => run.reset()}>
            {FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`import.formats.${format}`)}
              </option>
            ))}
          </select>
        </div>
        {/* on unless unticked: a spreadsheet kept by hand lags behind the list, whose chapters it would take back */}
        <CheckField name="keep_progress" label={t('import.keepProgress')} hint={t('import.keepProgressHint')} defaultChecked onChange={() => run.reset()} />
        <CheckField
          name="create_missing"
          label={t('import.createMissing')}
          hint={t(editsCatalog ? 'import.createMissingCatalog' : 'import.createMissingSuggestions')}
          onChange={(event) => {
            setAddingMissing(event.currentTarget.checked);
            run.reset();
          }}
        />
        {addingMissing && (
          <SelectField
            label={t('import.defaultCategory')}
            name="default_category"
            hint={t('import.defaultCategoryHint')}
            defaultValue=""
            key={categories.data ? 'loaded' : 'loading'}
            onChange={() => run.reset()}
          >
            {/* a reader adds no category: "Imported", unless the catalog has one, leaves rows without a type out */}
            <option value="">{t(editsCatalog ? 'import.importedCategory' : 'import.noCategory')}</option>
            {categories.data?.map((category) => (
              <option key={category.id} value={category.name}>
                {category.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="button-row">
          <button type="submit" disabled={run.isPending}>
            {t('import.preview')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => !fixFirst && start(false)}
            disabled={run.isPending}
            aria-disabled={fixFirst || undefined}
            aria-describedby={fixFirst ? 'import-fix-first' : undefined}
          >
            {t('import.import')}
          </button>
        </div>
        {fixFirst && (
          <p id="import-fix-first" className="hint">
            {t('import.fixFirst')}
          </p>
        )}
      </form>
      {run.isPending && <p role="status">{t('import.working')}</p>}
      {run.isSuccess && !run.data.dry_run && (
        <p role="status" className={run.data.unmatched ? undefined : 'ok'}>
          {run.data.unmatched ? t('import.doneSkipped', { count: run.data.unmatched }) : t('import.done')}
        </p>
      )}
      {isMissingEndpoint(run.error) ? (
        <p className="form-error" role="alert">
          {t('import.unavailable')}
        </p>
      ) : (
        <FormError error={report ? null : run.error} />
      )}
      {run.error instanceof ImportRefused && report && (
        <p className="form-error" role="alert">
          {t('import.refused')}
        </p>
      )}
      {report && <ImportReportTable report={report} />}
      {/* at the end of a preview too: read on a phone, the rows pushed the Import button a few screens up */}
      {run.isSuccess && run.data.dry_run && !fixFirst && (run.data.created > 0 || run.data.updated > 0) && (
        <div className="button-row import-after-preview">
          <button type="button" className="primary" onClick={() => start(false)}>
            {t('import.importPreviewed')}
          </button>
        </div>
      )}
    </section>
  );
}
