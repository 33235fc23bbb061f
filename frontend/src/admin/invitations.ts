import { api, data, type Schemas } from '../api/client';
import { ADMIN, PAGE_SIZE } from './adminApi';

export type Invitation = Schemas['InvitationResponse'];
export type InvitationStatus = 'pending' | 'used' | 'expired' | 'revoked';

export const INVITATIONS = [...ADMIN, 'invitations'] as const;

/** Where an invitation stands at `now`: revoked and used win over expired, which only matters while it is unused. */
export function invitationStatus(invitation: Invitation, now: Date = new Date()): InvitationStatus {
  if (invitation.revoked) {
    return 'revoked';
  }
  if (invitation.used_at) {
    return 'used';
  }
  return new Date(invitation.expires_at!) <= now ? 'expired' : 'pending';
}

export async function fetchInvitations(page: number) {
  return data(await api.GET('/api/invitations', { params: { query: { page, page_size: PAGE_SIZE } } }));
}

/**
 * Whether a link leads to the address this page is open at. The server makes links from READTRACK_PUBLIC_URL,
 * whose default (http://localhost:8000) is wrong for any other address: an administrator should know before
 * sending one.
 */
export function leadsHere(url: string, here = window.location.origin): boolean {
  return new URL(url).origin === here;
}
