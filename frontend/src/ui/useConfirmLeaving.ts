import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * While `unsaved` holds, leaving the screen asks first: moving to another screen of the app (`question`, in the
 * reader's language), and closing or reloading the page (the browser's own question).
 */
export function useConfirmLeaving(unsaved: boolean, question: string) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state === 'blocked') {
      if (window.confirm(question)) {
        blocker.proceed();
      } else {
        blocker.reset();
      }
    }
  }, [blocker, question]);
  useEffect(() => {
    if (!unsaved) {
      return undefined;
    }
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
