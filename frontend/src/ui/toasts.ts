import type { ExternalToast } from 'sonner';

/**
 * The toasts of the screens that open first. sonner is loaded after the first screen, not with it: the
 * first toast waits for it once (it is usually there already, the toaster asks for it at start).
 */
const sonner = () => import('sonner');

export const notify = {
  message(text: string, options?: ExternalToast) {
    void sonner().then(({ toast }) => toast(text, options));
  },
  success(text: string, options?: ExternalToast) {
    void sonner().then(({ toast }) => toast.success(text, options));
  },
  error(text: string, options?: ExternalToast) {
    void sonner().then(({ toast }) => toast.error(text, options));
  },
};
