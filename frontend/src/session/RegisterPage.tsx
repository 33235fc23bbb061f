import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { Field, PasswordField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { AuthCard } from './AuthCard';
import { useServerConfig } from './serverConfig';
import { useSession } from './session';

const FIELDS = ['username', 'email', 'password'];

/**
 * Registration, with the invitation of the link that led here (`?invitation=`). When the server takes nobody, or
 * only the invited and this visitor has no invitation, the page says so instead of showing a form that would fail.
 */
export function RegisterPage() {
  const { t } = useTranslation('session');
  const { state } = useSession();
  const [params] = useSearchParams();
  const config = useServerConfig().data;
  const invitation = params.get('invitation') ?? undefined;
  // the link is checked as the page opens: a dead one is said at once, not after the whole form was filled in, and
  // an invitation for one address fills it in. Any other failure leaves the form, whose own answer says what is wrong
  const link = useQuery({
    queryKey: ['invitation-link', invitation],
    queryFn: async () => data(await api.POST('/api/auth/register/check', { body: { invitation: invitation ?? '' } })),
    enabled: config?.registration === 'invite' && Boolean(invitation),
    retry: false,
    staleTime: Infinity,
  });
  const deadLink = fieldError(link.error, 'invitation');

  if (state.status === 'signedIn') {
    return <Navigate to="/library" replace />;
  }

  let content;
  if (config?.registration === 'closed') {
    content = <p role="status">{t('register.closed')}</p>;
  } else if (config?.registration === 'invite' && !invitation) {
    content = <p role="status">{t('register.invitationNeeded')}</p>;
  } else if (deadLink) {
    content = (
      <p role="alert" className="form-error">
        {deadLink} {t('register.askAgain')}
      </p>
    );
  } else {
    content = <RegisterForm invitation={invitation} invitedEmail={link.data?.email ?? undefined} />;
  }

  return (
    <AuthCard title={t('register.title')}>
      {content}
      <p>
        {t('register.haveAccount')} <Link to="/sign-in">{t('register.signIn')}</Link>
      </p>
    </AuthCard>
  );
}

function RegisterForm({ invitation, invitedEmail }: { invitation?: string; invitedEmail?: string }) {
  const { t } = useTranslation('session');
  const { signIn } = useSession();
  const navigate = useNavigate();
  const registering = useMutation({
    mutationFn: async ({ username, email, password }: { username: string; email: string; password: string }) => {
      data(await api.POST('/api/auth/register', { body: { username, email, password, invitation } }));
      await signIn(username, password);
    },
    onSuccess: () => navigate('/library', { replace: true }),
  });
  const error = registering.error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [username, email, password] = FIELDS.map((name) => String(form.get(name) ?? ''));
    registering.mutate({ username, email, password });
  }

  return (
    <form onSubmit={submit} noValidate>
      {invitation && <p className="muted">{t('register.invited')}</p>}
      <Field label={t('register.username')} name="username" autoComplete="username" required autoFocus error={fieldError(error, 'username')} />
      {/* an invitation for one address takes that one only: filled in and kept (drawn anew when the check answers) */}
      <Field
        key={invitedEmail ?? ''}
        label={t('register.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={invitedEmail}
        readOnly={invitedEmail !== undefined}
        hint={invitedEmail !== undefined ? t('register.emailOfInvitation') : undefined}
        error={fieldError(error, 'email')}
      />
      <PasswordField
        label={t('register.password')}
        name="password"
        autoComplete="new-password"
        required
        hint={t('register.passwordHint')}
        error={fieldError(error, 'password')}
      />
      {fieldError(error, 'invitation') ? (
        <p className="form-error" role="alert">
          {fieldError(error, 'invitation')} {t('register.askAgain')}
        </p>
      ) : (
        <FormError error={error} fields={FIELDS} />
      )}
      <button type="submit" className="primary" disabled={registering.isPending}>
        {t('register.submit')}
      </button>
    </form>
  );
}
