import { useTranslation } from 'react-i18next';
import { CategoriesPanel } from './CategoriesPanel';
import { ContentsPanel } from './ContentsPanel';

export function CatalogAdminPage() {
  const { t } = useTranslation('admin');
  return (
    <>
      <h1>{t('catalogTitle')}</h1>
      {/* on a phone the categories come after every content of the page: a way down to them */}
      <p className="jump-to-categories">
        <a href="#categories-title">{t('categories.jumpTo')}</a>
      </p>
      <div className="admin-columns wide-first">
        <ContentsPanel />
        <CategoriesPanel />
      </div>
    </>
  );
}
