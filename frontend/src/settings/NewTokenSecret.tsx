import { Copy } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { CreatedToken } from './tokens';

/**
 * The new token's secret, shown this once: the server keeps only its hash. The field is read-only and selects
 * itself, so that it can be copied by hand where the clipboard is out of reach (a page served over plain HTTP).
 */
export function NewTokenSecret({ token, onDone }: { token: CreatedToken; onDone(): void }) {
  const { t } = useTranslation('settings');
  const field = useRef<HTMLInputElement>(null);
  // where the focus was (the create button) is gone: it goes to the secret, read out with its warning
  useEffect(() => field.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token ?? '');
      toast.success(t('tokens.copied'));
    } catch {
      field.current?.select();
      toast.error(t('tokens.copyFailed'));
    }
  }

  return (
    <div className="new-token" role="group" aria-labelledby="new-token-title">
      <h3 id="new-token-title">{t('tokens.createdTitle', { name: token.name })}</h3>
      <p className="warning" id="new-token-warning">
        {t('tokens.warning')}
      </p>
      <label htmlFor="new-token-secret" className="visually-hidden">
        {t('tokens.secret')}
      </label>
      <div className="secret-row">
        <input
          id="new-token-secret"
          ref={field}
          className="secret"
          readOnly
          value={token.token ?? ''}
          aria-describedby="new-token-warning"
          spellcheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          <Copy aria-hidden="true" size={18} />
          {t('tokens.copy')}
        </button>
      </div>
      <button type="button" className="primary" onClick={onDone}>
        {t('tokens.done')}
      </button>
    </div>
  );
}
