import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import './admin.css';

const TABS = [
  { to: '/admin', key: 'overview', end: true },
  { to: '/admin/catalog', key: 'catalog', end: false },
  { to: '/admin/users', key: 'users', end: false },
  { to: '/admin/invitations', key: 'invitations', end: false },
];

/** The administrators' screens share one set of tabs: activity, catalog, users, invitations. */
export function AdminLayout() {
  const { t } = useTranslation('admin');
  return (
    <div className="page admin">
      <nav className="admin-tabs" aria-label={t('tabs')}>
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
            {t(`tab.${tab.key}`)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
