import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImagePicker } from './ImagePicker';
import * as images from './images';

const WORDS: Record<string, string> = {
  file: 'Image file',
  current: 'Now',
  none: 'No picture yet',
  preview: 'Preview',
  unreadable: 'Not an image this browser can read.',
  upload: 'Use it',
  remove: 'Remove it',
  removeQuestion: 'Remove the picture?',
  removeConfirm: 'Yes, remove',
};

/** A picker whose upload and removal succeed at once. */
function Picker({ image }: { image: string | null }) {
  const upload = useMutation({ mutationFn: async (_file: File) => undefined });
  const remove = useMutation({ mutationFn: async () => undefined });
  return (
    <ImagePicker
      id="picture"
      text={(key) => WORDS[key] ?? key}
      image={image}
      show={(src) => (src ? <img src={src} alt="" /> : null)}
      upload={upload}
      remove={remove}
    />
  );
}

function renderPicker(image: string | null) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Picker image={image} />
    </QueryClientProvider>,
  );
}

describe('an image picker', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says there is no picture yet, rather than captioning an empty frame "Now"', () => {
    renderPicker(null);
    expect(screen.getByText('No picture yet')).toBeVisible();
    expect(screen.queryByText('Now')).toBeNull();
  });

  it('says at once that a file of the right name but no image cannot be read, and offers no upload for it', async () => {
    vi.spyOn(images, 'drawable').mockResolvedValue(false);
    renderPicker(null);

    await userEvent.upload(screen.getByLabelText('Image file'), new File(['just text'], 'cover.png', { type: 'image/png' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Not an image this browser can read.');
    expect(screen.queryByRole('button', { name: 'Use it' })).toBeNull();
    expect(screen.queryByText('Preview')).toBeNull();
  });

  it('gives the focus that Upload held to the file field once the picture is sent', async () => {
    renderPicker(null);
    await userEvent.upload(screen.getByLabelText('Image file'), new File(['png'], 'cover.png', { type: 'image/png' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Use it' }));

    await waitFor(() => expect(screen.getByLabelText('Image file')).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Use it' })).toBeNull();
  });

  it('gives the focus to the file field once the picture is removed', async () => {
    renderPicker('/media/picture.jpg');
    await userEvent.click(screen.getByRole('button', { name: 'Remove it' }));

    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));

    await waitFor(() => expect(screen.getByLabelText('Image file')).toHaveFocus());
  });
});
