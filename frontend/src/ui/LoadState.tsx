import { useTranslation } from 'react-i18next';

interface Loading {
  isPending: boolean;
  isError: boolean;
  refetch(): unknown;
}

/** "Loading…" while a query has nothing yet, and the failure with a way to ask again. */
export function LoadState({ query }: { query: Loading }) {
  const { t } = useTranslation('common');
  if (query.isError) {
    return (
      <p role="alert">
        {t('loadFailed')}{' '}
        <button type="button" className="link" onClick={() => void query.refetch()}>
          {t('retry')}
        </button>
      </p>
    );
  }
  return query.isPending ? <p role="status">{t('loading')}</p> : null;
}
