import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentRequest } from './adminApi';
import { ContentForm } from './ContentForm';

describe('the content form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends no category when none is chosen, so that the server says one is required', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ count: 1, results: [{ id: 3, name: 'Manga' }] }), {
      headers: { 'Content-Type': 'application/json' },
    })));
    const sent: ContentRequest[] = [];
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ContentForm onSubmit={(request) => sent.push(request)} busy={false} error={null} />
      </QueryClientProvider>,
    );

    await userEvent.type(screen.getByRole('textbox', { name: /^title/i }), 'Dune');
    await userEvent.click(screen.getByRole('button', { name: /create/i }));

    expect(sent).toHaveLength(1);
    expect(sent[0].title).toBe('Dune');
    expect(sent[0].feature_category).toBeNull();
  });
});
