import { useTranslation } from 'react-i18next';

interface Loading {
  isPending: boolean;
  isError: boolean;
  refetch(): unknown;
}

/** What a query that has nothing yet is doing: `paused` when it waits for the connection. */
interface Waiting {
  isPending: boolean;
  fetchStatus?: string;
}

/**
 * "Loading…" while a query has nothing yet; offline, that nothing was kept on this device and that it shows when
 * the connection returns (the query waits for it, and would otherwise say "Loading…" for ever).
 */
export function Pending({ query }: { query: Waiting }) {
  const { t } = useTranslation('common');
  if (!query.isPending) {
    return null;
  }
  return <p role="status">{query.fetchStatus === 'paused' ? t('notKeptOffline') : t('loading')}</p>;
}

/** "Loading…" while a query has nothing yet, and the failure with a way to ask again. */
export function LoadState({ query }: { query: Loading & Waiting }) {
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
  return <Pending query={query} />;
}
