import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToasterProps } from 'sonner';

// sonner's toaster, keeping room for its toasts at the page's foot (ToasterWithRoom)
const Toaster = lazy(() => import('./ToasterWithRoom'));

// on phones the sections bar is fixed at the bottom: toasts sit above it, not over it (styles.css sets the height)
const aboveSections = { bottom: 'var(--toast-bottom)' };

/** Where toasts appear: its code arrives just after the first screen, which does not wait for it. */
export function Toasts({ theme }: Pick<ToasterProps, 'theme'>) {
  const { t } = useTranslation('common');
  return (
    <Suspense fallback={null}>
      <Toaster
        theme={theme}
        position="bottom-center"
        richColors
        closeButton
        offset={aboveSections}
        mobileOffset={aboveSections}
        // what a screen reader says of the region and of each close button, in the reader's language
        customAriaLabel={t('notifications')}
        toastOptions={{ closeButtonAriaLabel: t('close') }}
      />
    </Suspense>
  );
}
