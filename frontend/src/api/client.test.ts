import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { api, data, ApiError, setAccessToken, setPreferredTimeZone } from './client';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('the API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setAccessToken(null);
    setPreferredTimeZone(null);
  });

  it("sends the reader's time zone, the preferred one over the device's, for the dates the server sets", async () => {
    const zones: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        zones.push(request.headers.get('Time-Zone'));
        return json(200, { id: 7 });
      }),
    );
    await api.POST('/api/progress/{id}/advance', { params: { path: { id: 7 } } });
    setPreferredTimeZone('Asia/Tokyo');
    await api.POST('/api/progress/{id}/advance', { params: { path: { id: 7 } } });

    expect(zones).toEqual([Intl.DateTimeFormat().resolvedOptions().timeZone, 'Asia/Tokyo']);
  });

  it('sends a change again with the device’s zone when the server does not know the preferred one, and keeps to it', async () => {
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setPreferredTimeZone('Mars/Olympus');
    const seen: { zone: string | null; body: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const zone = request.headers.get('Time-Zone');
        seen.push({ zone, body: await request.text() });
        return zone?.startsWith('Mars/') ? json(400, { title: 'Bad Request', errors: { 'Time-Zone': ['Not a known time zone.'] } }) : json(200, { id: 7 });
      }),
    );
    const first = await api.PATCH('/api/progress/{id}', { params: { path: { id: 7 } }, body: { status: 'completed' } });
    await api.PATCH('/api/progress/{id}', { params: { path: { id: 7 } }, body: { status: 'reading' } });
    // a zone chosen afterwards is sent: only the one refused is left out
    setPreferredTimeZone('Asia/Tokyo');
    await api.POST('/api/progress/{id}/advance', { params: { path: { id: 7 } } });

    expect(data(first)).toEqual({ id: 7 });
    expect(seen).toEqual([
      { zone: 'Mars/Olympus', body: '{"status":"completed"}' },
      { zone: device, body: '{"status":"completed"}' },
      { zone: device, body: '{"status":"reading"}' },
      { zone: 'Asia/Tokyo', body: '' },
    ]);
  });

  it('mends a stale token and a refused zone on the same call, whichever comes first', async () => {
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setAccessToken('stale');
    setPreferredTimeZone('Mars/Elysium');
    const seen: [string, string | null, string | null][] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request | string, init?: RequestInit) => {
        const request = input instanceof Request ? input : new Request(new URL(input, 'http://localhost'), init);
        const path = new URL(request.url).pathname;
        seen.push([path, request.headers.get('Authorization'), request.headers.get('Time-Zone')]);
        if (path.startsWith('/api/auth/refresh')) {
          return json(200, { access: 'fresh' });
        }
        if (request.headers.get('Authorization') !== 'Bearer fresh') {
          return json(401, { title: 'Unauthorized' });
        }
        return request.headers.get('Time-Zone') === device ? json(200, { id: 7 }) : json(400, { errors: { 'Time-Zone': ['Not a known time zone.'] } });
      }),
    );
    const result = await api.PATCH('/api/progress/{id}', { params: { path: { id: 7 } }, body: { favorite: true } });

    expect(data(result)).toEqual({ id: 7 });
    expect(seen).toEqual([
      ['/api/progress/7', 'Bearer stale', 'Mars/Elysium'],
      ['/api/auth/refresh/', null, null],
      ['/api/progress/7', 'Bearer fresh', 'Mars/Elysium'],
      ['/api/progress/7', 'Bearer fresh', device],
    ]);
  });

  it('reports a refusal of anything but the zone as it is', async () => {
    const calls = vi.fn(async () => json(400, { title: 'Bad Request', errors: { score: ['Ensure this value is less than or equal to 10.'] } }));
    vi.stubGlobal('fetch', calls);

    const result = await api.PATCH('/api/progress/{id}', { params: { path: { id: 7 } }, body: { score: 11 } });
    expect(result.response.status).toBe(400);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('renews a stale access token from the cookie once, then sends the same request again, body included', async () => {
    setAccessToken('stale');
    const seen: { url: string; auth: string | null; body: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request | string, init?: RequestInit) => {
        const request = input instanceof Request ? input : new Request(new URL(input, 'http://localhost'), init);
        seen.push({ url: new URL(request.url).pathname + new URL(request.url).search, auth: request.headers.get('Authorization'), body: await request.text() });
        if (request.url.includes('/api/auth/refresh')) {
          return json(200, { access: 'fresh' });
        }
        return request.headers.get('Authorization') === 'Bearer fresh' ? json(200, { id: 7, last_chapter: '3' }) : json(401, { title: 'Unauthorized' });
      }),
    );
    const result = await api.PATCH('/api/progress/{id}', { params: { path: { id: 7 } }, body: { last_chapter: '3' } });

    expect(data(result)).toEqual({ id: 7, last_chapter: '3' });
    expect(seen.map((call) => [call.url, call.auth])).toEqual([
      ['/api/progress/7', 'Bearer stale'],
      ['/api/auth/refresh/?cookie=true', null],
      ['/api/progress/7', 'Bearer fresh'],
    ]);
    expect(seen[2].body).toBe('{"last_chapter":"3"}');
  });

  it('gives up when the cookie holds no login, and reports the 401', async () => {
    setAccessToken('stale');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: Request | string) => {
        const url = input instanceof Request ? input.url : input;
        return url.includes('/api/auth/refresh') ? json(401, { title: 'Unauthorized' }) : json(401, { title: 'Unauthorized', detail: 'Log in' });
      }),
    );
    const result = await api.GET('/api/auth/me');
    expect(() => data(result)).toThrow(ApiError);
    expect(result.response.status).toBe(401);
  });

  it('says what failed in the reader\'s words when an error has no problem body (a proxy\'s page)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 503, headers: { 'Content-Type': 'text/html' } })));

    const failure = await api.GET('/api/categories', {}).then(data).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toBe('The server could not answer (HTTP 503). Try again in a moment.');

    await i18n.changeLanguage('fr');
    try {
      expect(new ApiError(502, {}).message).toBe('Le serveur n’a pas pu répondre (HTTP 502). Réessayez dans un instant.');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
