import { describe, expect, it } from 'vitest';
import { invitationStatus, leadsHere, type Invitation } from './invitations';

const NOW = new Date('2026-12-02T12:00:00Z');

function invitation(fields: Partial<Invitation>): Invitation {
  return { id: 1, expires_at: '2026-12-09T12:00:00Z', used_at: undefined, revoked: false, ...fields } as Invitation;
}

describe('the status of an invitation', () => {
  it('is pending while unused, unrevoked and before its expiry', () => {
    expect(invitationStatus(invitation({}), NOW)).toBe('pending');
  });

  it('is expired from its expiry on', () => {
    expect(invitationStatus(invitation({ expires_at: '2026-12-02T12:00:00Z' }), NOW)).toBe('expired');
  });

  it('is used once used, even after the expiry', () => {
    expect(invitationStatus(invitation({ used_at: '2026-12-01T08:00:00Z', expires_at: '2026-12-01T12:00:00Z' }), NOW)).toBe('used');
  });

  it('is revoked once revoked, whatever else', () => {
    expect(invitationStatus(invitation({ revoked: true, used_at: '2026-12-01T08:00:00Z' }), NOW)).toBe('revoked');
  });
});

describe('an invitation link', () => {
  it("leads here when it has this page's origin, whatever its path", () => {
    expect(leadsHere('https://books.example.org/register?invitation=abc', 'https://books.example.org')).toBe(true);
    expect(leadsHere('http://localhost:8000/register?invitation=abc', 'http://localhost:8077')).toBe(false);
    expect(leadsHere('http://books.example.org/register?invitation=abc', 'https://books.example.org')).toBe(false);
  });
});
