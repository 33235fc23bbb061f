import { api, data, type Schemas } from '../api/client';

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
 * The end of the chosen day ("2026-07-01") where the reader is, as the API's instant: a token that "expires on"
 * a day still works all that day.
 */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59.999`).toISOString();
}

/** Today where the reader is, as a date input's value: the earliest expiry the form offers. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function isExpired(token: PersonalToken, now = Date.now()): boolean {
  return token.expires_at != null && new Date(token.expires_at).getTime() <= now;
}
