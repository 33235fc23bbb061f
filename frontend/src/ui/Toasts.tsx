import { lazy, Suspense } from 'react';
import type { ToasterProps } from 'sonner';

// sonner's toaster, keeping room for its toasts at the page's foot (ToasterWithRoom)
const Toaster = lazy(() => import('./ToasterWithRoom'));

// on phones the sections bar is fixed at the bottom: toasts sit above it, not over it (styles.css sets the height)
const aboveSections = { bottom: 'var(--toast-bottom)' };

/** Where toasts appear: its code arrives just after the first screen, which does not wait for it. */
export function Toasts({ theme }: Pick<ToasterProps, 'theme'>) {
  return (
    <Suspense fallback={null}>
      <Toaster theme={theme} position="bottom-center" richColors closeButton offset={aboveSections} mobileOffset={aboveSections} />
    </Suspense>
  );
}
