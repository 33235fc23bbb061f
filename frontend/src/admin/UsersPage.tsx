import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { api, data, type Schemas } from '../api/client';
import { readAgain } from '../api/readAgain';
import { FormError } from '../ui/FormError';
import { useUser } from '../session/session';
import { useTimeZone } from '../preferences/useTimeZone';
import { fetchUsers, PAGE_SIZE, USERS, type AdminUser } from './adminApi';
import { ConfirmButton } from '../ui/ConfirmButton';
import { OneTimeLink } from './OneTimeLink';
import { Pager } from '../ui/Pager';
import { usePageInRange } from '../ui/usePageInRange';
import { Pending } from '../ui/LoadState';
import { focusHeading } from '../ui/focusHeading';
import { intlLocale } from '../ui/intlLocale';
import { formatInstant } from '../ui/formats';
import { SearchBox } from '../ui/SearchBox';

type Change = Schemas['AdminUserUpdate'];

/** Every account: its role and whether it may sign in; and deleting one. */
export function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const deferred = useDeferredValue(search);
  const users = useQuery({
    queryKey: [...USERS, deferred, page],
    queryFn: () => fetchUsers(deferred, page),
    placeholderData: keepPreviousData,
  });
  usePageInRange(page, setPage, users);

  return (
    <>
      <h1 id="users-title" tabIndex={-1}>{t('users.title')}</h1>
      <div className="toolbar">
        <SearchBox
          value={search}
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          onSearch={(text) => {
            setSearch(text);
            setPage(1);
          }}
        />
      </div>
      <Pending query={users} />
      {users.isError && <p role="alert">{t('common:loadFailed')}</p>}
      {users.isSuccess && users.data.results?.length === 0 && <p className="muted">{t('users.none')}</p>}
      <ul className="user-list" aria-label={t('users.title')}>
        {users.data?.results?.map((user) => <UserCard key={user.id} user={user} />)}
      </ul>
      <Pager page={page} count={users.data?.count ?? 0} pageSize={PAGE_SIZE} onPage={setPage} label={t('users.pages')} />
    </>
  );
}

function UserCard({ user }: { user: AdminUser }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const me = useUser();
  const timeZone = useTimeZone();
  const queries = useQueryClient();
  const id = user.id!;
  const self = id === me.id;
  const refresh = () => readAgain(queries, { queryKey: USERS });

  const change = useMutation({
    mutationFn: async (body: Change) => data(await api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: (_, body) => {
      toast.success(
        body.is_active === false
          ? t('users.deactivated', { name: user.username })
          : body.is_active
            ? t('users.activated', { name: user.username })
            : t('users.roleChanged', { name: user.username }),
      );
      return refresh();
    },
  });
  const resetLink = useMutation({
    mutationFn: async () => data(await api.POST('/api/users/{id}/password-reset', { params: { path: { id } } })),
  });
  const remove = useMutation({
    mutationFn: async () => data(await api.DELETE('/api/users/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      toast.success(t('users.deleted', { name: user.username }));
      await refresh();
      focusHeading('users-title');
    },
  });
  // what was just chosen shows at once, until the list read again says the same
  const pending = change.isPending ? change.variables : undefined;
  const role = pending?.role ?? user.role;
  const active = pending?.is_active ?? user.is_active ?? true;
  const date = (iso: string | null) => (iso ? formatInstant(iso, intlLocale(i18n.language), 'day', timeZone) : t('users.never'));
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  const picker = useRef<HTMLSelectElement>(null);
  const current = (user.role ?? 'user') as Role;
  const [chosen, setChosen] = useChosenRole(current);

  return (
    <li className="card user-card" aria-labelledby={`user-${id}`}>
      <div className="user-head">
        <h2 id={`user-${id}`} className="user-name">
          {user.username}
          {!active && <span className="badge inactive">{t('users.inactive')}</span>}
          {role !== 'user' && <span className="badge admin-badge">{t(`users.role.${role}`)}</span>}
        </h2>
        <p className="muted">
          {name && <>{name} · </>}
          {user.email}
        </p>
        <p className="muted small">
          {t('users.joined', { date: date(user.date_joined) })} · {t('users.lastLogin', { date: date(user.last_login) })}
        </p>
      </div>
      <div className="user-actions">
        <RoleSelect name={user.username} value={chosen} disabled={self} picker={picker} onChange={setChosen} />
        {/* next to the list for the keyboard, the step after choosing a role; shown under the actions (admin.css), not
            among them, where Save and Cancel appearing pushed Delete elsewhere in the row */}
        {chosen !== current && pending?.role !== chosen && (
          <RoleChange
            name={user.username}
            role={chosen}
            onSave={() => {
              picker.current?.focus();
              change.mutate({ role: chosen });
            }}
            onCancel={() => {
              setChosen(current);
              picker.current?.focus();
            }}
          />
        )}
        {/* why the list cannot be changed, beside it: where the other rows have their buttons */}
        {self && <p className="muted small self-note">{t('users.self')}</p>}
        {!self && (
          <SignInSwitch
            name={user.username}
            active={active}
            onChange={(is_active) => {
              // the button pressed gives way to its opposite: the focus stays in the card
              picker.current?.focus();
              change.mutate({ is_active });
            }}
          />
        )}
        {!self && active && (
          <button
            type="button"
            // not `disabled` while the link is made: a disabled button loses the focus
            onClick={() => !resetLink.isPending && resetLink.mutate()}
            aria-disabled={resetLink.isPending}
            aria-label={t('users.resetLinkLabel', { name: user.username })}
          >
            {t('users.resetLink')}
          </button>
        )}
        {!self && (
          <ConfirmButton
            label={t('users.deleteLabel', { name: user.username })}
            confirm={t('confirm.yes')}
            question={t('users.deleteQuestion', { name: user.username })}
            onConfirm={() => remove.mutate()}
            disabled={remove.isPending}
          >
            {t('common:delete')}
          </ConfirmButton>
        )}
      </div>
      {resetLink.data?.url && active && (
        <OneTimeLink
          url={resetLink.data.url}
          title={t('users.resetLinkMade', { name: user.username })}
          note={t('users.resetLinkNote')}
          label={t('users.resetLinkField', { name: user.username })}
        />
      )}
      <FormError error={change.error ?? resetLink.error ?? remove.error} />
    </li>
  );
}

type Role = NonNullable<Change['role']>;

/**
 * The role chosen in the list, not saved yet: saving on each change made the arrow keys, which move through a
 * closed list one option at a time, save every role passed on the way (and the list, disabled while saving, lost
 * the focus). The list read again (after saving, or another administrator's change) is what the picker shows.
 */
function useChosenRole(current: Role) {
  const [chosen, setChosen] = useState<Role>(current);
  useEffect(() => setChosen(current), [current]);
  return [chosen, setChosen] as const;
}

function RoleSelect({ name, value, disabled, picker, onChange }: { name?: string; value: Role; disabled: boolean; picker: RefObject<HTMLSelectElement | null>; onChange(role: Role): void }) {
  const { t } = useTranslation('admin');
  return (
    <label className="compact">
      <span>{t('users.roleLabel')}</span>
      <select
        ref={picker}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value as Role)}
        aria-label={t('users.roleOf', { name })}
      >
        <option value="user">{t('users.role.user')}</option>
        <option value="moderator">{t('users.role.moderator')}</option>
        <option value="admin">{t('users.role.admin')}</option>
      </select>
    </label>
  );
}

/** A role chosen and not saved yet: what it will be, then Save or Cancel. */
function RoleChange({ name, role, onSave, onCancel }: { name?: string; role: Role; onSave(): void; onCancel(): void }) {
  const { t } = useTranslation(['admin', 'common']);
  const text = t('users.roleChange', { name, role: t(`users.role.${role}`) });
  // on a phone it comes under the card's buttons, below the screen's edge maybe: brought into sight
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => bar.current?.scrollIntoView?.({ block: 'nearest' }), []);
  return (
    <div ref={bar} className="role-change" role="group" aria-label={text}>
      <span>{text}</span>
      <button type="button" className="primary" onClick={onSave}>
        {t('users.saveRole')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common:cancel')}
      </button>
    </div>
  );
}

/**
 * Blocking an account ends its sessions and its API tokens for good (allowing it back does not revive them), so it
 * is asked first; allowing it back is not.
 */
function SignInSwitch({ name, active, onChange }: { name?: string; active: boolean; onChange(active: boolean): void }) {
  const { t } = useTranslation('admin');
  return active ? (
    <ConfirmButton
      label={t('users.blockLabel', { name })}
      question={t('users.blockQuestion', { name })}
      confirm={t('users.blockConfirm')}
      onConfirm={() => onChange(false)}
    >
      {t('users.block')}
    </ConfirmButton>
  ) : (
    <button type="button" onClick={() => onChange(true)} aria-label={t('users.allowLabel', { name })}>
      {t('users.allow')}
    </button>
  );
}
