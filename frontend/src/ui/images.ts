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
