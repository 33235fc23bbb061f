import { useRef, useState } from 'react';
import { useReturnFocus } from '../ui/useReturnFocus';
import { useTranslation } from 'react-i18next';
import { NewTokenForm } from './NewTokenForm';
import { NewTokenSecret } from './NewTokenSecret';
import { TokenList } from './TokenList';
import type { CreatedToken } from './tokens';

/** Personal API tokens, for scripts and other apps: create one, copy its secret once, see them and revoke them. */
export function ApiTokensSection() {
  const { t } = useTranslation('settings');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useReturnFocus();
  return (
    <section className="card api-tokens" aria-labelledby="tokens-title">
      <h2 id="tokens-title" ref={heading} tabIndex={-1}>
        {t('tokens.title')}
      </h2>
      <p className="muted">{t('tokens.intro')}</p>
      {created ? (
        <NewTokenSecret
          token={created}
          onDone={() => {
            setCreated(null);
            // the secret and its button are gone: the focus goes back to the top of the section, above the form
            returnFocus(heading);
          }}
        />
      ) : <NewTokenForm onCreated={setCreated} />}
      <TokenList />
    </section>
  );
}
