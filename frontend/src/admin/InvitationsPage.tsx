import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data } from '../api/client';
import { readAgain } from '../api/readAgain';
import { ConfirmButton } from '../ui/ConfirmButton';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { LoadState } from '../ui/LoadState';
import { Pager } from '../ui/Pager';
import { formatInstant } from '../ui/formats';
import { intlLocale } from '../ui/intlLocale';
import { useTimeZone } from '../preferences/useTimeZone';
import { PAGE_SIZE } from './adminApi';
import { fetchInvitations, INVITATIONS, invitationStatus, type Invitation } from './invitations';
import { OneTimeLink } from './OneTimeLink';
import { focusHeading } from '../ui/focusHeading';
import { useServerConfig } from '../session/serverConfig';

const DEFAULT_DAYS = 7;
const MAX_DAYS = 90;

/** Invitations to register: a new one (its link shown once, to copy), and the list with each one's fate. */
export function InvitationsPage() {
  const { t } = useTranslation('invitations');
  const [page, setPage] = useState(1);
  // the invitations revoked here: the link of one just created is dead then, and no longer offered
  const [revoked, setRevoked] = useState<ReadonlySet<number>>(new Set());
  const invitations = useQuery({
    queryKey: [...INVITATIONS, page],
    queryFn: () => fetchInvitations(page),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <h1>{t('title')}</h1>
      <RegistrationNote />
      <NewInvitation revoked={revoked} />
      <h2>{t('list')}</h2>
      <LoadState query={invitations} />
      {invitations.isSuccess && invitations.data.results?.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="user-list" aria-label={t('list')}>
        {invitations.data?.results?.map((invitation) => (
          <InvitationCard
            key={invitation.id}
            invitation={invitation}
            onRevoked={() => setRevoked((ids) => new Set(ids).add(invitation.id))}
          />
        ))}
      </ul>
      <Pager page={page} count={invitations.data?.count ?? 0} pageSize={PAGE_SIZE} onPage={setPage} label={t('pages')} />
    </>
  );
}

/**
 * On a server where anyone may register, or no one, an invitation changes nothing: said above the form, rather than
 * have an administrator send links that are not needed (READTRACK_REGISTRATION decides).
 */
function RegistrationNote() {
  const { t } = useTranslation('invitations');
  const registration = useServerConfig().data?.registration;
  if (registration !== 'open' && registration !== 'closed') {
    return null;
  }
  return <p className="admin-notice quiet">{t(`registration.${registration}`)}</p>;
}

function NewInvitation({ revoked }: { revoked: ReadonlySet<number> }) {
  const { t } = useTranslation('invitations');
  const queries = useQueryClient();
  const create = useMutation({
    mutationFn: async (body: { email?: string; expires_in_days?: number }) => data(await api.POST('/api/invitations', { body })),
    onSuccess: () => readAgain(queries, { queryKey: INVITATIONS }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const email = String(values.get('email') ?? '').trim();
    const days = String(values.get('days') ?? '').trim();
    create.mutate(
      { ...(email ? { email } : {}), ...(days ? { expires_in_days: Number(days) } : {}) },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <section className="card" aria-labelledby="new-invitation">
      <h2 id="new-invitation">{t('new')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('email')} name="email" type="email" autoComplete="off" hint={t('emailHint')} error={fieldError(create.error, 'email')} />
          <Field
            label={t('days')}
            name="days"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DAYS}
            defaultValue={DEFAULT_DAYS}
            hint={t('daysHint', { max: MAX_DAYS })}
            error={fieldError(create.error, 'expires_in_days')}
          />
        </div>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('create')}
        </button>
      </form>
      <FormError error={create.error} fields={['email', 'expires_in_days']} />
      {create.data?.url &&
        (revoked.has(create.data.id) ? (
          <p role="status">{t('createdRevoked')}</p>
        ) : (
          <OneTimeLink url={create.data.url} title={t('created')} note={t('onlyNow')} label={t('link')} />
        ))}
    </section>
  );
}

function InvitationCard({ invitation, onRevoked }: { invitation: Invitation; onRevoked(): void }) {
  const { t, i18n } = useTranslation(['invitations', 'common']);
  const queries = useQueryClient();
  const timeZone = useTimeZone();
  const id = invitation.id!;
  const status = invitationStatus(invitation);
  const date = (iso: string | null) => (iso ? formatInstant(iso, intlLocale(i18n.language), 'day', timeZone) : '');
  const revoke = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/invitations/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      toast.success(t('revoked'));
      onRevoked();
      await readAgain(queries, { queryKey: INVITATIONS });
      // the Revoke button is gone with the pending state: the card's own heading, now "revoked", takes the focus
      focusHeading(`invitation-${id}`);
    },
  });
  const who = invitation.email ?? t('anyone');

  return (
    <li className="card user-card" aria-labelledby={`invitation-${id}`}>
      <div className="user-head">
        <h3 id={`invitation-${id}`} className="user-name" tabIndex={-1}>
          {who}
          <span className={`badge invitation-${status}`}>{t(`status.${status}`)}</span>
        </h3>
        <p className="muted small">{t(`when.${status}`, { used: date(invitation.used_at), expires: date(invitation.expires_at) })}</p>
      </div>
      {status === 'pending' && (
        <div className="user-actions">
          <ConfirmButton
            label={t('revokeLabel', { who })}
            question={t('revokeQuestion', { who })}
            confirm={t('revokeYes')}
            onConfirm={() => revoke.mutate()}
            disabled={revoke.isPending}
          >
            {t('revoke')}
          </ConfirmButton>
        </div>
      )}
      <FormError error={revoke.error} />
    </li>
  );
}
