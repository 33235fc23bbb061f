import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Field, PasswordField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { AuthCard } from './AuthCard';
import { useServerConfig } from './serverConfig';
import { useSession } from './session';
import { forgetSignInName, signInName } from './signInName';

/** Only paths of this app: `next` comes from the address bar, where anyone could have put another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/library';
}

export function SignInPage() {
  const { t } = useTranslation('session');
  const { state, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const config = useServerConfig().data;
  const next = safeNext(params.get('next'));
  // after a new password signed the reader out: their name filled in, the focus on the password
  const [name] = useState(signInName);
  const signingIn = useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => signIn(username, password),
    onSuccess: () => {
      forgetSignInName();
      navigate(next, { replace: true });
    },
  });

  if (state.status === 'signedIn') {
    return <Navigate to={next} replace />;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signingIn.isPending) {
      return; // the button keeps the focus while signing in (aria-disabled), so a second press comes here
    }
    const form = new FormData(event.currentTarget);
    signingIn.mutate({ username: String(form.get('username')), password: String(form.get('password')) });
  }

  return (
    <AuthCard title={t('signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          required
          defaultValue={name}
          autoFocus={!name}
          error={fieldError(signingIn.error, 'username')}
        />
        <PasswordField
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          autoFocus={Boolean(name)}
          error={fieldError(signingIn.error, 'password')}
        />
        <button type="submit" className="primary" aria-disabled={signingIn.isPending || undefined}>
          {t('signIn.submit')}
        </button>
        {/* under the button: above it, the message moved the button from under the finger that pressed it */}
        <FormError error={signingIn.error} fields={['username', 'password']} />
      </form>
      {/* without mail too: the page says to ask the administrator for a link, which is the way back then */}
      {config && (
        <p>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </p>
      )}
      {/* until the server has said, registering is offered as it always was */}
      {/* invited people come through their invitation's link: a plain "Create an account" led to a dead end */}
      {config?.registration === 'invite' ? (
        <p className="muted">{t('signIn.byInvitation')}</p>
      ) : (
        config?.registration !== 'closed' && (
          <p>
            {t('signIn.noAccount')} <Link to="/register">{t('signIn.register')}</Link>
          </p>
        )
      )}
    </AuthCard>
  );
}
