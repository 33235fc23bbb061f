import { lazy, Suspense } from 'react';

const Toaster = lazy(async () => ({ default: (await import('sonner')).Toaster }));

/** Where toasts appear: its code arrives just after the first screen, which does not wait for it. */
export function Toasts() {
  return (
    <Suspense fallback={null}>
      <Toaster position="bottom-center" richColors closeButton />
    </Suspense>
  );
}
