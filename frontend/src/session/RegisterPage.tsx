import { useMutation } from '@tanstack/react-query';
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

  if (state.status === 'signedIn') {
    return <Navigate to="/library" replace />;
  }

  let content;
  if (config?.registration === 'closed') {
    content = <p role="status">{t('register.closed')}</p>;
  } else if (config?.registration === 'invite' && !invitation) {
    content = <p role="status">{t('register.invitationNeeded')}</p>;
  } else {
    content = <RegisterForm invitation={invitation} />;
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

function RegisterForm({ invitation }: { invitation?: string }) {
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
      <Field label={t('register.email')} name="email" type="email" autoComplete="email" required error={fieldError(error, 'email')} />
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
