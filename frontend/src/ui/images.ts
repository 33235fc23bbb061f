/** What the server takes as an uploaded image (covers, avatars): these types, this many bytes at most. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** Why a file cannot be uploaded as an image, before sending 2 MB for the server to say so; null when it may. */
export function imageProblem(file: { type: string; size: number }): 'type' | 'size' | null {
  if (!IMAGE_TYPES.includes(file.type)) {
    return 'type';
  }
  return file.size > IMAGE_MAX_BYTES ? 'size' : null;
}

/**
 * Whether the browser can draw the file: one renamed `.png` that is no image passed the type check and showed a
 * broken picture, with Upload offered. Where it cannot tell (no `decode`: none of the browsers this app supports, but
 * jsdom), the file is trusted: the server checks it anyway.
 */
export async function drawable(file: Blob): Promise<boolean> {
  const image = new Image();
  if (typeof image.decode !== 'function' || typeof URL.createObjectURL !== 'function') {
    return true;
  }
  const url = URL.createObjectURL(file);
  try {
    image.src = url;
    await image.decode();
    return true;
  } catch {
    return false;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * openapi-fetch's options for sending a file as the raw body, as the image endpoints take it: no JSON, no
 * form; the server reads the type from the header.
 */
export function rawImageBody(file: File) {
  return {
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as File,
    headers: { 'Content-Type': file.type },
  };
}
