import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '../i18n';
import { deviceTimeZone } from '../preferences/timeZone';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Entry = Schemas['ProgressResponse'];
export type Content = Schemas['ContentResponse'];
export type Chapter = Schemas['ChapterResponse'];
export type Category = Schemas['CategoryResponse'];
export type User = Schemas['UserResponse'];
export type ReadingStatus = NonNullable<Entry['status']>;
export type Problem = Schemas['Problem'];

export const READING_STATUSES: ReadingStatus[] = ['reading', 'on_hold', 'plan_to_read', 'completed', 'dropped'];

/**
 * The access token lives in memory only; the refresh token in an HttpOnly cookie that scripts cannot read
 * (`?cookie=true`). A reload therefore starts with a refresh, and so does any 401 on a stale access token.
 */
let accessToken: string | null = null;
/** What renewing the session gave: a new access token, no login to renew, or no answer at all. */
export type Renewal = 'renewed' | 'signedOut' | 'offline';
let refreshing: Promise<Renewal> | null = null;
const listeners = new Set<(signedIn: boolean) => void>();

export function setAccessToken(token: string | null) {
  accessToken = token;
  listeners.forEach((listener) => listener(token !== null));
}

export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Trades the cookie's refresh token for a new access token; one exchange at a time (tokens rotate). */
export function refreshSession(): Promise<Renewal> {
  refreshing ??= fetch(`${globalThis.location?.origin ?? ''}/api/auth/refresh/?cookie=true`, { method: 'POST', credentials: 'same-origin' })
    .then(async (response): Promise<Renewal> => {
      if (response.status >= 500) {
        return 'offline';
      }
      if (!response.ok) {
        setAccessToken(null);
        return 'signedOut';
      }
      const pair = (await response.json()) as Schemas['TokenPair'];
      setAccessToken(pair.access ?? null);
      return 'renewed';
    })
    .catch((): Renewal => 'offline')
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

const PUBLIC = ['/api/auth/login', '/api/auth/register', '/api/auth/refresh', '/api/auth/password/reset', '/api/config'];

const isPublic = (request: Request) => PUBLIC.some((path) => new URL(request.url).pathname.startsWith(path));

/**
 * The reader's time zone goes with every call as `Time-Zone`, so that the dates the server sets by itself (a series
 * started or finished today, the export's name) and the days of statistics are the reader's: the zone of their
 * preferences, else the device's. A zone the server does not know is not sent again: the next one is, or none (UTC).
 */
let preferredZone: string | null = null;
const refusedZones = new Set<string>();

export function setPreferredTimeZone(zone: string | null | undefined) {
  preferredZone = zone ?? null;
}

const ZONE = 'Time-Zone';

function zoneToSend(): string | undefined {
  return [preferredZone, deviceTimeZone()].find((zone): zone is string => typeof zone === 'string' && zone !== '' && !refusedZones.has(zone));
}

async function refusesZone(response: Response): Promise<boolean> {
  if (response.status !== 400) {
    return false;
  }
  const problem = (await response.clone().json().catch(() => null)) as Problem | null;
  return problem?.errors?.[ZONE] !== undefined;
}

/** Unsent copies of requests in flight, so that one refused can be sent again, body and all. */
const copies = new Map<string, Request>();

/**
 * The caller's token and time zone on every call. A call refused for a stale token is sent again once renewed; one
 * refused for its zone, with the next zone or none; both may happen to one call, in either order.
 */
const caller: Middleware = {
  onRequest({ request, id }) {
    if (isPublic(request)) {
      return request;
    }
    if (accessToken) {
      request.headers.set('Authorization', `Bearer ${accessToken}`);
    }
    const zone = zoneToSend();
    if (zone) {
      request.headers.set(ZONE, zone);
    }
    copies.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, options, id }) {
    const copy = copies.get(id);
    copies.delete(id);
    if (!copy || isPublic(request)) {
      return response;
    }
    let answer = response;
    let renewed = false;
    // each round mends one refusal: a zone refused is never sent again, a token renewed once
    for (;;) {
      const zone = copy.headers.get(ZONE);
      if (zone && (await refusesZone(answer))) {
        refusedZones.add(zone);
        const next = zoneToSend();
        if (next) {
          copy.headers.set(ZONE, next);
        } else {
          copy.headers.delete(ZONE);
        }
      } else if (answer.status === 401 && !renewed && (await refreshSession()) === 'renewed') {
        renewed = true;
        copy.headers.set('Authorization', `Bearer ${accessToken}`);
      } else {
        return answer;
      }
      answer = await options.fetch(copy.clone());
    }
  },
  onError({ id }) {
    copies.delete(id);
  },
};

// fetch looked up at each call, not captured once: tests replace it
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', fetch: (request) => globalThis.fetch(request) });
api.use(caller);

/** The problem body of a failed call as an Error, so that React Query and forms can show it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    // no problem body (a proxy's error page): what failed, in the reader's words, rather than a bare status
    super(problem.detail ?? problem.title ?? i18n.t('common:httpError', { status }));
  }
}

/** The data of an openapi-fetch result, or its problem thrown as an {@link ApiError}. */
export function data<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, (result.error ?? {}) as Problem);
  }
  return result.data as T;
}
