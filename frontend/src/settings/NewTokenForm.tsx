import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data, type Schemas } from '../api/client';
import { readAgain } from '../api/readAgain';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { endOfDay, TOKENS, today, type CreatedToken, type TokenScope } from './tokens';
import { useTimeZone } from '../preferences/useTimeZone';
import { useUniqueId } from '../ui/useUniqueId';

const FIELDS = ['name', 'scope', 'expires_at'];
const SCOPES: TokenScope[] = ['read', 'write'];

/** A name, what the token may do, and maybe the last day it works. */
export function NewTokenForm({ onCreated }: { onCreated(token: CreatedToken): void }) {
  const { t } = useTranslation('settings');
  const queries = useQueryClient();
  const timeZone = useTimeZone();
  const scopeError = useUniqueId();

  const create = useMutation({
    mutationFn: async (body: Schemas['PersonalTokenRequest']) => data(await api.POST('/api/auth/tokens', { body })),
    onSuccess: async (token) => {
      onCreated(token);
      await readAgain(queries, { queryKey: TOKENS });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const expiry = String(values.get('expires_on') ?? '');
    create.mutate({
      name: String(values.get('name') ?? ''),
      scope: String(values.get('scope') ?? 'read') as TokenScope,
      ...(expiry ? { expires_at: endOfDay(expiry, timeZone) } : {}),
    });
  }

  const scopeMessage = fieldError(create.error, 'scope');
  return (
    <form onSubmit={submit} noValidate aria-label={t('tokens.new')}>
      <Field label={t('tokens.name')} name="name" required maxLength={100} hint={t('tokens.nameHint')} error={fieldError(create.error, 'name')} />
      <fieldset className="scope-choice" aria-describedby={scopeMessage ? scopeError : undefined}>
        <legend>{t('tokens.scope')}</legend>
        {SCOPES.map((scope) => (
          <label key={scope} className="toggle">
            <input type="radio" name="scope" value={scope} defaultChecked={scope === 'read'} />
            <span>
              <strong>{t(`tokens.scopes.${scope}`)}</strong>
              <span className="muted scope-hint">{t(`tokens.scopeHints.${scope}`)}</span>
            </span>
          </label>
        ))}
        {scopeMessage && (
          <small id={scopeError} className="error">
            {scopeMessage}
          </small>
        )}
      </fieldset>
      <Field
        label={t('tokens.expiry')}
        name="expires_on"
        type="date"
        min={today(timeZone)}
        hint={t('tokens.expiresHint')}
        error={fieldError(create.error, 'expires_at')}
      />
      <FormError error={create.error} fields={FIELDS} />
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('tokens.create')}
      </button>
    </form>
  );
}
