import { useTranslation } from 'react-i18next';
import { CategoriesPanel } from './CategoriesPanel';
import { ContentsPanel } from './ContentsPanel';

export function CatalogAdminPage() {
  const { t } = useTranslation('admin');
  return (
    <>
      <h1>{t('catalogTitle')}</h1>
      <div className="admin-columns wide-first">
        <ContentsPanel />
        <CategoriesPanel />
      </div>
    </>
  );
}
