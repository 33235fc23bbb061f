import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { defaultDelimiter, exportEntries, isMissingEndpoint, saveFile, type CsvDelimiter, type ExportFormat } from './transfer';

const FORMATS: ExportFormat[] = ['csv', 'json', 'mal'];

const DELIMITERS: CsvDelimiter[] = ['comma', 'semicolon'];

/**
 * The whole list as a file: CSV for spreadsheets, JSON to import elsewhere, MAL's XML for MyAnimeList. The CSV's
 * separator follows the app's language until the reader picks one.
 */
export function ExportSection() {
  const { t, i18n } = useTranslation('settings');
  const [chosen, setDelimiter] = useState<CsvDelimiter>();
  const delimiter = chosen ?? defaultDelimiter(i18n.language);
  const download = useMutation({
    mutationFn: exportEntries,
    onSuccess: ({ blob, name }) => saveFile(blob, name),
  });
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <SelectField
        label={t('export.delimiter')}
        hint={t('export.delimiterHint')}
        value={delimiter}
        onChange={(event) => setDelimiter(event.currentTarget.value as CsvDelimiter)}
      >
        {DELIMITERS.map((value) => (
          <option key={value} value={value}>
            {t(`export.delimiters.${value}`)}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            // not `disabled` while the file is made: a disabled button loses the focus
            onClick={() => !download.isPending && download.mutate({ format, delimiter })}
            aria-disabled={download.isPending}
            aria-describedby="export-title"
          >
            <Download aria-hidden="true" size={18} />
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      {download.isPending && <p role="status">{t('export.preparing')}</p>}
      {isMissingEndpoint(download.error) ? (
        <p className="form-error" role="alert">
          {t('export.unavailable')}
        </p>
      ) : (
        <FormError error={download.error} />
      )}
    </section>
  );
}
