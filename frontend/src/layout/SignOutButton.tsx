import { onlineManager } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changesWaitingOffline } from '../offline/queryClient';
import { useSession } from '../session/session';
import { notify } from '../ui/toasts';

const UNSENT_TOAST = 'unsent-changes';

/**
 * Signs out, unless chapters marked offline are still waiting for the connection: signed out, they could never be
 * sent. The reader is told so first, and may sign out all the same from the toast.
 */
export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  // back online, the taps go out: the warning no longer holds
  useEffect(() => onlineManager.subscribe((online) => online && notify.dismiss(UNSENT_TOAST)), []);
  function click() {
    const waiting = changesWaitingOffline();
    if (waiting === 0) {
      void signOut();
      return;
    }
    notify.error(t('unsentChanges', { count: waiting }), {
      id: UNSENT_TOAST,
      duration: 15_000,
      action: { label: t('signOutAnyway'), onClick: () => void signOut() },
    });
  }
  return (
    <button type="button" className="link" onClick={click}>
      {t('signOut')}
    </button>
  );
}
