import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { api, data, type Schemas } from '../api/client';
import { useSession, useUser } from '../session/session';
import { CheckField, Field, PasswordField, TextAreaField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { characterCount, clipInsertion } from '../ui/characters';
import { useConfirmLeaving } from '../ui/useConfirmLeaving';

const FIELDS = ['first_name', 'last_name', 'email', 'current_password', 'bio', 'profile_public'];
/** Characters as the server counts them (code points): kept here rather than by `maxLength`, which counts an emoji twice. */
const BIO_MAX = 500;

/**
 * Names and email; a new email needs the password, so that a stolen session cannot take the account over. The
 * bio and whether other readers may see the public profile, with the way to that profile.
 */
export function ProfileForm() {
  const { t } = useTranslation('settings');
  const user = useUser();
  const { reload } = useSession();
  const [email, setEmail] = useState(user.email ?? '');
  const [bio, setBio] = useState(user.bio ?? '');
  // what the box says follows the box, saved or not
  const [isPublic, setPublic] = useState(user.profile_public ?? false);
  useEffect(() => setPublic(user.profile_public ?? false), [user.profile_public]);
  const emailChanged = email.trim().toLowerCase() !== (user.email ?? '').toLowerCase();
  // the names are read from the form as it is typed in, the other fields are state already
  const [namesChanged, setNamesChanged] = useState(false);
  const unsaved = namesChanged || emailChanged || bio !== (user.bio ?? '') || isPublic !== (user.profile_public ?? false);
  useConfirmLeaving(unsaved, t('profile.leaveUnsaved'));

  function noteNames(form: HTMLFormElement) {
    const values = new FormData(form);
    setNamesChanged(values.get('first_name') !== (user.first_name ?? '') || values.get('last_name') !== (user.last_name ?? ''));
  }

  const save = useMutation({
    mutationFn: async (body: Schemas['ProfileUpdate']) => data(await api.PATCH('/api/auth/me', { body })),
    onSuccess: async () => {
      setNamesChanged(false);
      await reload();
      toast.success(t('profile.saved'));
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) {
      return;
    }
    const values = new FormData(event.currentTarget);
    const text = (name: string) => String(values.get(name) ?? '');
    save.mutate({
      first_name: text('first_name'),
      last_name: text('last_name'),
      bio,
      profile_public: isPublic,
      ...(emailChanged ? { email: email.trim(), current_password: text('current_password') } : {}),
    });
  }

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <p className="muted">{t('profile.username', { username: user.username })}</p>
      <form onSubmit={submit} onInput={(event) => noteNames(event.currentTarget)} noValidate>
        <Field
          label={t('profile.firstName')}
          name="first_name"
          autoComplete="given-name"
          defaultValue={user.first_name}
          key={`first-${user.first_name}`}
          error={fieldError(save.error, 'first_name')}
        />
        <Field
          label={t('profile.lastName')}
          name="last_name"
          autoComplete="family-name"
          defaultValue={user.last_name}
          key={`last-${user.last_name}`}
          error={fieldError(save.error, 'last_name')}
        />
        <Field
          label={t('profile.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError(save.error, 'email')}
        />
        {emailChanged && (
          <PasswordField
            label={t('profile.currentPassword')}
            name="current_password"
            autoComplete="current-password"
            hint={t('profile.currentPasswordHint')}
            error={fieldError(save.error, 'current_password')}
          />
        )}
        <TextAreaField
          label={t('profile.bio')}
          name="bio"
          value={bio}
          rows={3}
          hint={t('profile.bioHint', { count: BIO_MAX - characterCount(bio) })}
          error={fieldError(save.error, 'bio')}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            const kept = clipInsertion(bio, typed, BIO_MAX);
            // the field shows what is kept even when the state does not change (already full)
            if (kept !== typed) {
              event.currentTarget.value = kept;
            }
            setBio(kept);
          }}
        />
        <CheckField
          label={t('profile.public')}
          name="profile_public"
          checked={isPublic}
          onChange={(event) => setPublic(event.currentTarget.checked)}
          hint={t(isPublic ? 'profile.publicHint' : 'profile.privateHint')}
          error={fieldError(save.error, 'profile_public')}
        />
        <p className="public-link">
          <Link to={`/u/${encodeURIComponent(user.username ?? '')}`}>{t('profile.seePublic')}</Link>
        </p>
        <FormError error={save.error} fields={FIELDS} />
        {/* not `disabled` while saving: a disabled button loses the focus, and the reader their place */}
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {t('profile.save')}
        </button>
      </form>
    </section>
  );
}
