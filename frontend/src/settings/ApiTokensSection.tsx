import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewTokenForm } from './NewTokenForm';
import { NewTokenSecret } from './NewTokenSecret';
import { TokenList } from './TokenList';
import type { CreatedToken } from './tokens';

/** Personal API tokens, for scripts and other apps: create one, copy its secret once, see them and revoke them. */
export function ApiTokensSection() {
  const { t } = useTranslation('settings');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  return (
    <section className="card api-tokens" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p className="muted">{t('tokens.intro')}</p>
      {created ? <NewTokenSecret token={created} onDone={() => setCreated(null)} /> : <NewTokenForm onCreated={setCreated} />}
      <TokenList />
    </section>
  );
}
