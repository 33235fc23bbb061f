import type { ExternalToast } from 'sonner';

/**
 * The toasts of the screens that open first. sonner is loaded after the first screen, not with it: the
 * first toast waits for it once (it is usually there already, the toaster asks for it at start).
 */
let loading: Promise<typeof import('sonner')> | undefined;
// one import for all (under Vitest 4, a second import made while the first was in flight bypassed the test's
// mock); forgotten if it fails, so that a toast asked for once the connection returns can still load it
const sonner = () =>
  (loading ??= import('sonner').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));

export const notify = {
  message(text: string, options?: ExternalToast) {
    void sonner().then(({ toast }) => toast(text, options));
  },
  success(text: string, options?: ExternalToast) {
    void sonner().then(({ toast }) => toast.success(text, options));
  },
  /** A toast that waits, with its spinner, for what follows: give it an id, and the toast that follows the same. */
  loading(text: string, options?: ExternalToast) {
    void sonner().then(({ toast }) => toast.loading(text, options));
  },
  error(text: string, options?: ExternalToast) {
    void sonner().then(({ toast }) => toast.error(text, options));
  },
  /** The toast of this id taken off the screen, or every toast without one (what they say is about a session that has ended). */
  dismiss(id?: string) {
    void sonner().then(({ toast }) => toast.dismiss(id));
  },
};
