import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { readAgain } from '../api/readAgain';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormError } from '../ui/FormError';
import { intlLocale } from '../ui/intlLocale';
import { LoadState } from '../ui/LoadState';
import { fetchTokens, isExpired, TOKENS, type PersonalToken } from './tokens';
import { formatInstant } from '../ui/formats';
import { useTimeZone } from '../preferences/useTimeZone';
import { focusHeading } from '../ui/focusHeading';

/** The account's tokens, newest first: what each may do, when it expires and when it was last used. */
export function TokenList() {
  const { t } = useTranslation('settings');
  const tokens = useQuery({ queryKey: TOKENS, queryFn: fetchTokens });
  return (
    <>
      <h3 id="token-list-title">{t('tokens.listTitle')}</h3>
      <LoadState query={tokens} />
      {tokens.isSuccess && tokens.data.length === 0 && <p className="muted">{t('tokens.none')}</p>}
      {tokens.isSuccess && tokens.data.length > 0 && (
        <ul className="token-list" aria-labelledby="token-list-title">
          {tokens.data.map((token) => (
            <TokenItem key={token.id} token={token} />
          ))}
        </ul>
      )}
    </>
  );
}

function TokenItem({ token }: { token: PersonalToken }) {
  const { t, i18n } = useTranslation('settings');
  const queries = useQueryClient();
  const locale = intlLocale(i18n.language);
  const timeZone = useTimeZone();
  const day = (iso: string) => formatInstant(iso, locale, 'day', timeZone);
  const moment = (iso: string) => formatInstant(iso, locale, 'time', timeZone);
  const expired = isExpired(token);

  const revoke = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/auth/tokens/{id}', { params: { path: { id: token.id! } } })),
    onSuccess: async () => {
      toast.success(t('tokens.revoked', { name: token.name }));
      await readAgain(queries, { queryKey: TOKENS });
      focusHeading('tokens-title');
    },
  });

  return (
    <li className="token-item">
      <div>
        <p className="token-name">
          <strong>{token.name}</strong> <span className={`badge scope-${token.scope}`}>{t(`tokens.scopes.${token.scope}`)}</span>
          {expired && <span className="badge expired">{t('tokens.expired')}</span>}
        </p>
        <p className="muted small">
          {t('tokens.createdOn', { date: day(token.created_at!) })} ·{' '}
          {token.expires_at ? t(expired ? 'tokens.expiredOn' : 'tokens.expires', { date: day(token.expires_at) }) : t('tokens.neverExpires')} ·{' '}
          {token.last_used_at ? t('tokens.lastUsed', { date: moment(token.last_used_at) }) : t('tokens.neverUsed')}
        </p>
        <FormError error={revoke.error} />
      </div>
      <ConfirmButton
        label={t('tokens.revokeLabel', { name: token.name })}
        question={t('tokens.revokeQuestion', { name: token.name })}
        confirm={t('tokens.revokeConfirm')}
        onConfirm={() => revoke.mutate()}
        disabled={revoke.isPending}
      >
        {t('tokens.revoke')}
      </ConfirmButton>
    </li>
  );
}
