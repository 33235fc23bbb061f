import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  count: number;
  pageSize: number;
  onPage(page: number): void;
  /** Names the navigation, so that a page with two pagers tells them apart. */
  label: string;
}

/** Previous and next, with where the reader is; nothing when everything fits on one page. */
export function Pager({ page, count, pageSize, onPage, label }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(count / pageSize));
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
