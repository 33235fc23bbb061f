import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPreferredTimeZone } from '../api/client';
import { aSuggestion } from '../api/testData';
import { InvitationsPage } from '../admin/InvitationsPage';
import { SuggestionReview } from '../admin/SuggestionReview';
import { MySuggestionsPage } from '../catalog/MySuggestionsPage';
import { useMyStats } from '../library/useStatusCounts';
import { TokenList } from '../settings/TokenList';

// the reader chose a zone 14 hours ahead of UTC: 11:00 UTC on 1 March is 01:00 on 2 March there
vi.mock('./useTimeZone', () => ({ useTimeZone: () => 'Pacific/Kiritimati' }));
const AT = '2026-03-01T11:00:00Z';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function serve(body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => json(body)));
}

function renderScreen(screenToShow: ReactNode) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <MemoryRouter>{screenToShow}</MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("dates in the reader's chosen time zone", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setPreferredTimeZone(null);
  });

  it('API tokens: created and last used', async () => {
    serve({ count: 1, results: [{ id: 1, name: 'CLI', scope: 'read', created_at: AT, expires_at: null, last_used_at: AT }] });
    renderScreen(<TokenList />);
    expect(await screen.findByText(/Created Mar 2, 2026/)).toHaveTextContent(/last used Mar 2, 2026, 1:00\sAM/);
  });

  it('invitations: valid until', async () => {
    serve({ count: 1, results: [{ id: 1, email: 'ana@example.com', created_at: AT, expires_at: '2099-03-01T11:00:00Z', revoked: false }] });
    renderScreen(<InvitationsPage />);
    expect(await screen.findByText('Valid until Mar 2, 2099')).toBeInTheDocument();
  });

  it('a suggestion to review: when it was suggested', () => {
    renderScreen(
      <ul>
        <SuggestionReview suggestion={aSuggestion({ title: 'Solo Climb', created_at: AT })} />
      </ul>,
    );
    expect(screen.getByText('suggested by ana on Mar 2, 2026')).toBeInTheDocument();
  });

  it("the reader's own suggestions: when each was suggested", async () => {
    serve({ count: 1, results: [{ id: 1, title: 'Solo Climb', status: 'pending', created_at: AT }] });
    renderScreen(<MySuggestionsPage />);
    expect(await screen.findByText(/^Suggested Mar 2, 2026, 1:00\sAM$/)).toBeInTheDocument();
  });

  it('statistics: the days reading is counted on, as the client sends the chosen zone', async () => {
    setPreferredTimeZone('Pacific/Kiritimati');
    serve({ entries: 0, chapters_read_by_day: [] });
    renderScreen(<StatsReader />);
    await screen.findByText('read');
    const asked = vi.mocked(fetch).mock.calls.map(([request]) => request as Request);
    expect(asked.map((request) => [new URL(request.url).pathname, request.headers.get('Time-Zone')])).toEqual([
      ['/api/stats/me', 'Pacific/Kiritimati'],
    ]);
  });

  it('statistics: a zone the server does not know gives the days of the next zone rather than no statistics', async () => {
    setPreferredTimeZone('Etc/Unknown');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) =>
        request.headers.get('Time-Zone') === 'Etc/Unknown'
          ? new Response(JSON.stringify({ status: 400, errors: { 'Time-Zone': ['Not a known time zone: use an IANA name such as Europe/Paris or UTC.'] } }), {
              status: 400,
              headers: { 'Content-Type': 'application/problem+json' },
            })
          : json({ entries: 0, chapters_read_by_day: [] }),
      ),
    );
    renderScreen(<StatsReader />);

    await screen.findByText('read');
    expect(vi.mocked(fetch).mock.calls.map(([request]) => (request as Request).headers.get('Time-Zone'))).toEqual([
      'Etc/Unknown',
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    ]);
  });
});

function StatsReader() {
  const stats = useMyStats();
  return stats.data ? <p>read</p> : null;
}
