import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CATALOG_ORDERINGS, CONTENT_STATUSES, fetchCategories, keys, LANGUAGES, type CatalogQuery } from './catalogApi';
import { languageName } from './format';

interface CatalogFiltersProps {
  id?: string;
  /** Out of sight on a phone (catalog.css), until the reader unfolds them. */
  folded?: boolean;
  query: CatalogQuery;
  onChange(name: 'category' | 'status' | 'language' | 'ordering', value: string | null): void;
}

/** Category, publication status, language and order: each a labelled select, "all" by default. */
export function CatalogFilters({ id, folded = false, query, onChange }: CatalogFiltersProps) {
  const { t, i18n } = useTranslation(['catalog', 'common']);
  const categories = useQuery({ queryKey: keys.categories, queryFn: fetchCategories, staleTime: 5 * 60_000 });
  return (
    <div id={id} className={folded ? 'catalog-filters folded' : 'catalog-filters'}>
      <label className="filter">
        <span>{t('catalog:category')}</span>
        <select value={query.category ?? ''} onChange={(event) => onChange('category', event.currentTarget.value || null)}>
          <option value="">{t('catalog:allCategories')}</option>
          {categories.data?.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('catalog:publication')}</span>
        <select value={query.status ?? ''} onChange={(event) => onChange('status', event.currentTarget.value || null)}>
          <option value="">{t('catalog:anyStatus')}</option>
          {CONTENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`common:contentStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('catalog:language')}</span>
        <select value={query.language ?? ''} onChange={(event) => onChange('language', event.currentTarget.value || null)}>
          <option value="">{t('catalog:anyLanguage')}</option>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('catalog:sort')}</span>
        <select value={query.ordering} onChange={(event) => onChange('ordering', event.currentTarget.value)}>
          {CATALOG_ORDERINGS.map((ordering) => (
            <option key={ordering} value={ordering}>
              {t(`catalog:ordering.${ordering.replace('-', 'desc_')}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
