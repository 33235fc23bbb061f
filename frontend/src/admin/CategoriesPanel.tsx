import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { CATEGORIES, countContentsIn, fetchCategories, PAGE_SIZE, useRefreshAll, type Category } from './adminApi';
import { AdminRow, useRowEditor } from './AdminRow';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { Pending } from '../ui/LoadState';
import { focusHeading } from '../ui/focusHeading';
import { SearchBox } from '../ui/SearchBox';

/** The catalog's categories: a form to add one, and each with rename and delete. */
export function CategoriesPanel() {
  const { t } = useTranslation(['admin', 'common']);
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const categories = useQuery({
    queryKey: [...CATEGORIES, deferred, page],
    queryFn: () => fetchCategories(page, PAGE_SIZE, deferred),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, categories);
  const refresh = useRefreshAll();
  // why a category cannot go, under its row: only until the next thing done in the panel, else "'Manga' still
  // holds 14 series" stays while other categories are renamed, added or deleted
  const [refused, setRefused] = useState<{ id: number; count: number } | null>(null);
  const forgetRefusal = () => setRefused(null);

  const create = useMutation({
    mutationFn: async (name: string) => data(await api.POST('/api/categories', { body: { name } })),
    onSuccess: (category) => {
      toast.success(t('categories.created', { name: category.name }));
      return refresh();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) {
      return;
    }
    forgetRefusal();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '');
    create.mutate(name, { onSuccess: () => form.reset() });
  }

  return (
    <section className="card" aria-labelledby="categories-title">
      <h2 id="categories-title" tabIndex={-1}>{t('categories.title')}</h2>
      <form className="inline-form" onSubmit={submit} noValidate>
        <Field
          label={t('categories.newName')}
          name="name"
          required
          error={fieldError(create.error, 'name')}
          // the refusal was of the name as it was: once it changes, the message no longer applies
          onInput={() => create.error && create.reset()}
        />
        {/* not `disabled` while adding: pressed from the keyboard, the focus would fall to the page */}
        <button type="submit" className="primary" aria-disabled={create.isPending}>
          {t('categories.add')}
        </button>
      </form>
      <FormError error={create.error} fields={['name']} />
      <div className="toolbar">
        <SearchBox
          value={search}
          label={t('categories.search')}
          placeholder={t('categories.searchPlaceholder')}
          onSearch={(text) => {
            forgetRefusal();
            setSearch(text);
            setPage(1);
          }}
        />
      </div>
      <Pending query={categories} />
      {categories.isError && <p role="alert">{t('common:loadFailed')}</p>}
      <ul className="admin-list" aria-label={t('categories.title')}>
        {categories.data?.results?.map((category) => (
          <CategoryRow
            key={category.id}
            category={category}
            holding={refused?.id === category.id ? refused.count : 0}
            onRefused={(count) => setRefused(count > 0 ? { id: category.id!, count } : null)}
          />
        ))}
      </ul>
      <Pager
        page={page}
        count={categories.data?.count ?? 0}
        pageSize={PAGE_SIZE}
        onPage={(next) => {
          forgetRefusal();
          setPage(next);
        }}
        heading="categories-title"
        label={t('categories.pages')}
      />
    </section>
  );
}

interface CategoryRowProps {
  category: Category;
  /** How many series hold it, once a delete was refused for them; 0 otherwise. */
  holding: number;
  /** Told what a delete found it holds (0 forgets any refusal said, of this row or another). */
  onRefused(count: number): void;
}

function CategoryRow({ category, holding, onRefused }: CategoryRowProps) {
  const { t } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const id = category.id!;

  const rename = useMutation({
    mutationFn: async (name: string) => data(await api.PATCH('/api/categories/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: () => {
      editor.close();
      toast.success(t('common:saved'));
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/categories/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      toast.success(t('categories.deleted', { name: category.name }));
      await refresh();
      focusHeading('categories-title');
    },
  });
  const editor = useRowEditor(rename.reset);
  // a category that holds contents cannot go (the server answers 409): said before asking, rather than after
  async function mayDelete() {
    remove.reset();
    onRefused(0);
    const count = await countContentsIn(id).catch(() => 0); // unknown: the server's 409 still says why
    onRefused(count);
    return count === 0;
  }

  if (editor.editing) {
    return (
      <li>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            rename.mutate(String(new FormData(event.currentTarget).get('name') ?? ''));
          }}
          onKeyDown={editor.cancelOnEscape}
          noValidate
        >
          <Field
            label={t('categories.renameLabel', { name: category.name })}
            name="name"
            defaultValue={category.name}
            required
            autoFocus
            error={fieldError(rename.error, 'name')}
          />
          {/* Save and Cancel together: beside the name where there is room, else both under it */}
          <span className="inline-actions">
            <button type="submit" className="primary" disabled={rename.isPending}>
              {t('common:save')}
            </button>
            <button type="button" onClick={editor.cancel}>
              {t('common:cancel')}
            </button>
          </span>
        </form>
        <FormError error={rename.error} fields={['name']} />
      </li>
    );
  }
  return (
    <AdminRow
      opener={editor.opener}
      onEdit={() => {
        onRefused(0);
        editor.open();
      }}
      edit={t('categories.rename')}
      editLabel={t('categories.renameLabel', { name: category.name })}
      deleteLabel={t('categories.deleteLabel', { name: category.name })}
      deleteQuestion={t('categories.deleteQuestion', { name: category.name })}
      onDelete={() => remove.mutate()}
      deleting={remove.isPending}
      deleteError={remove.error}
      deleteCheck={mayDelete}
      deleteRefusal={holding > 0 ? t('categories.notEmpty', { name: category.name, count: holding }) : undefined}
    >
      {category.name}
    </AdminRow>
  );
}
