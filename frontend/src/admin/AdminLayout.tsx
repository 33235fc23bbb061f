import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUser } from '../session/session';
import { administers } from '../session/roles';
import { PendingSuggestionsBadge } from './PendingSuggestionsBadge';
import './admin.css';

const TABS = [
  { to: '/admin', key: 'overview', end: true, adminOnly: true },
  { to: '/admin/catalog', key: 'catalog', end: false, adminOnly: false },
  { to: '/admin/suggestions', key: 'suggestions', end: false, adminOnly: false },
  { to: '/admin/users', key: 'users', end: false, adminOnly: true },
  { to: '/admin/invitations', key: 'invitations', end: false, adminOnly: true },
];

/** The back-office screens share one set of tabs; moderators see only those they may use. */
export function AdminLayout() {
  const { t } = useTranslation('admin');
  const user = useUser();
  const tabs = TABS.filter((tab) => !tab.adminOnly || administers(user));
  return (
    <div className="page admin">
      <nav className="admin-tabs" aria-label={t('tabs')}>
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
            {t(`tab.${tab.key}`)}
            {tab.key === 'suggestions' && <PendingSuggestionsBadge />}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
