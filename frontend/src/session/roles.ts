import type { User } from '../api/client';

/** Moderators and administrators write the catalog (and review suggestions). */
export function moderates(user: Pick<User, 'role'>): boolean {
  return user.role === 'moderator' || user.role === 'admin';
}

/** Only administrators manage accounts and see the site's activity. */
export function administers(user: Pick<User, 'role'>): boolean {
  return user.role === 'admin';
}
