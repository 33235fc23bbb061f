import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/FormError';
import { exportEntries, isMissingEndpoint, saveFile, type ExportFormat } from './transfer';

const FORMATS: ExportFormat[] = ['csv', 'json', 'mal'];

/** The whole list as a file: CSV for spreadsheets, JSON to import elsewhere, MAL's XML for MyAnimeList. */
export function ExportSection() {
  const { t } = useTranslation('settings');
  const download = useMutation({
    mutationFn: exportEntries,
    onSuccess: ({ blob, name }) => saveFile(blob, name),
  });
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <div className="button-row">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            onClick={() => download.mutate(format)}
            disabled={download.isPending}
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
