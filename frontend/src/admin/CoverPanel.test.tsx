import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverPanel } from './CoverPanel';

function renderPanel() {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <CoverPanel content={{ id: 5, title: 'Solo Climb' }} />
    </QueryClientProvider>,
  );
}

describe('the cover', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("forgets the server's refusal of a file once another is chosen", async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify({ title: 'Bad Request', status: 400, detail: 'The body is not a valid PNG image.' }), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    renderPanel();
    const input = screen.getByLabelText('Image file');
    await userEvent.upload(input, new File(['just text'], 'cover.png', { type: 'image/png' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload the cover' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The body is not a valid PNG image.');

    await userEvent.upload(input, new File([new Uint8Array(3 * 1024 * 1024)], 'large.png', { type: 'image/png' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload the cover' }));

    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['This image is larger than 2 MB.']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
