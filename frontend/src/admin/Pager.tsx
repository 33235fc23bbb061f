import { useTranslation } from 'react-i18next';

/** Previous / page n of m / next, for lists the API gives a page at a time. */
export function Pager({ page, pages, onPage, label }: { page: number; pages: number; onPage(page: number): void; label: string }) {
  const { t } = useTranslation();
  if (pages <= 1) {
    return null;
  }
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t('previous')}
      </button>
      <span>{t('pageOf', { page, pages })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        {t('next')}
      </button>
    </nav>
  );
}
