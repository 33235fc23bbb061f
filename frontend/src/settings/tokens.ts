import { api, data, type Schemas } from '../api/client';
import { isoDateIn, zoneOffset } from '../preferences/timeZone';

export type PersonalToken = Schemas['PersonalTokenResponse'];
export type CreatedToken = Schemas['CreatedPersonalToken'];
export type TokenScope = NonNullable<PersonalToken['scope']>;

export const TOKENS = ['personal-tokens'];

/** An account has at most 50 tokens: one page holds them all. */
export async function fetchTokens(): Promise<PersonalToken[]> {
  const page = data(await api.GET('/api/auth/tokens', { params: { query: { page_size: 100 } } }));
  return page.results ?? [];
}

/**
 * The end of the chosen day ("2026-07-01") in the reader's time zone (the one in their preferences, undefined for
 * the device's), as the API's instant: a token that "expires on" a day still works all that day, wherever the
 * device is.
 */
export function endOfDay(day: string, timeZone: string | undefined): string {
  const wall = Date.parse(`${day}T23:59:59.999Z`);
  // the zone's offset at that moment, found from a first guess, then again from the moment it gives (the offset
  // may change in between, at a daylight saving change)
  const guess = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(guess, timeZone)).toISOString();
}

/** Today in the reader's time zone (undefined: the device's), as a date input's value: the earliest expiry offered. */
export function today(timeZone: string | undefined, now = new Date()): string {
  return isoDateIn(now, timeZone);
}

export function isExpired(token: Pick<PersonalToken, 'expires_at'>, now = Date.now()): boolean {
  return token.expires_at != null && new Date(token.expires_at).getTime() <= now;
}
