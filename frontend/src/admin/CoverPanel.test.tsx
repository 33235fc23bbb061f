import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as images from '../ui/images';
import { CoverPanel } from './CoverPanel';

function renderPanel(cover: string | null = null) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <CoverPanel content={{ id: 5, title: 'Solo Climb', cover }} />
    </QueryClientProvider>,
  );
}

describe('the cover', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("forgets the server's refusal of a file once another is chosen", async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify({ title: 'Bad Request', status: 400, detail: 'This file is not a valid PNG image.' }), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    renderPanel();
    const input = screen.getByLabelText('Image file');
    await userEvent.upload(input, new File(['just text'], 'cover.png', { type: 'image/png' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload the cover' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a valid PNG image.');

    await userEvent.upload(input, new File([new Uint8Array(3 * 1024 * 1024)], 'large.png', { type: 'image/png' }));

    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['This image is larger than 2 MB.']);
    // a file refused here is not offered for upload
    expect(screen.queryByRole('button', { name: 'Upload the cover' })).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows the chosen file before sending it, and goes back to the cover there is on Cancel', async () => {
    vi.stubGlobal(
      'URL',
      class extends URL {
        static createObjectURL = () => 'blob:chosen';
        static revokeObjectURL = () => {};
      },
    );
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { container } = renderPanel('/media/covers/abc.jpg');
    expect(screen.getByText('Now')).toBeVisible();

    await userEvent.upload(screen.getByLabelText('Image file'), new File(['png'], 'cover.png', { type: 'image/png' }));

    expect(screen.getByText('Preview')).toBeVisible();
    expect(container.querySelector('img.cover')).toHaveAttribute('src', 'blob:chosen');
    expect(screen.queryByRole('button', { name: 'Remove the cover' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(container.querySelector('img.cover')).toHaveAttribute('src', '/media/covers/abc.jpg');
    expect(screen.getByRole('button', { name: 'Remove the cover' })).toBeVisible();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks before removing the cover, and removes it once confirmed', async () => {
    const fetch = vi.fn(async (request: Request) => new Response(JSON.stringify({ id: 5, title: 'Solo Climb', cover: null }), {
      status: request.method === 'DELETE' ? 200 : 404,
      headers: { 'Content-Type': 'application/json' },
    }));
    vi.stubGlobal('fetch', fetch);
    renderPanel('/media/covers/abc.jpg');

    await userEvent.click(screen.getByRole('button', { name: 'Remove the cover' }));
    expect(screen.getByText('Remove the cover? The series will show no picture.')).toBeVisible();
    expect(fetch).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect((fetch.mock.calls[0][0] as Request).method).toBe('DELETE');
  });

  it('says there is no cover yet, rather than "Now" under an empty placeholder', () => {
    vi.stubGlobal('fetch', vi.fn());
    renderPanel(null);
    expect(screen.getByText('No cover yet')).toBeVisible();
    expect(screen.queryByText('Now')).toBeNull();
  });

  it('says at once that a file the browser cannot show is no image, and offers no upload of it', async () => {
    const drawable = vi.spyOn(images, 'drawable').mockResolvedValue(false);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderPanel();
    await userEvent.upload(screen.getByLabelText('Image file'), new File(['just text'], 'cover.png', { type: 'image/png' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not an image that can be read: choose another one.');
    expect(screen.queryByRole('button', { name: 'Upload the cover' })).toBeNull();
    expect(screen.getByText('No cover yet')).toBeVisible();

    // another file chosen: what was said of the last one goes
    drawable.mockResolvedValue(true);
    await userEvent.upload(screen.getByLabelText('Image file'), new File(['png'], 'other.png', { type: 'image/png' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(fetch).not.toHaveBeenCalled();
  });

  it('puts the focus on the file field once the cover is uploaded: the button pressed is gone', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ id: 5, title: 'Solo Climb', cover: '/media/covers/new.jpg' }), {
      headers: { 'Content-Type': 'application/json' },
    })));
    renderPanel();
    await userEvent.upload(screen.getByLabelText('Image file'), new File(['png'], 'cover.png', { type: 'image/png' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload the cover' }));

    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Upload the cover' })).toBeNull());
    await vi.waitFor(() => expect(screen.getByLabelText('Image file')).toHaveFocus());
  });

  it('puts the focus on the file field once the cover is removed', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    renderPanel('/media/covers/abc.jpg');
    await userEvent.click(screen.getByRole('button', { name: 'Remove the cover' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));

    await vi.waitFor(() => expect(screen.getByLabelText('Image file')).toHaveFocus());
  });
});
