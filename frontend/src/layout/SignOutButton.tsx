import { onlineManager } from '@tanstack/react-query';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changesWaitingOffline } from '../offline/queryClient';
import { useSession } from '../session/session';
import { whenShown } from '../ui/refocus';
import { notify } from '../ui/toasts';

const UNSENT_TOAST = 'unsent-changes';

/**
 * Signs out, unless chapters marked offline are still waiting for the connection: signed out, they could never be
 * sent. The reader is told so first, and may sign out all the same from the toast. Signing out may take a moment
 * (taps still on their way go out first): a second press meanwhile does nothing more.
 */
export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  const started = useRef(false);
  // back online, the taps go out: the warning no longer holds
  useEffect(() => onlineManager.subscribe((online) => online && notify.dismiss(UNSENT_TOAST)), []);

  function leave() {
    if (started.current) {
      return;
    }
    started.current = true;
    setLeaving(true);
    void signOut();
  }

  function click(event: MouseEvent<HTMLButtonElement>) {
    const waiting = changesWaitingOffline();
    if (waiting === 0) {
      leave();
      return;
    }
    notify.error(t('unsentChanges', { count: waiting }), {
      id: UNSENT_TOAST,
      className: UNSENT_TOAST,
      duration: 15_000,
      action: { label: t('signOutAnyway'), onClick: leave },
    });
    // pressed from the keyboard (a click with no pointer): the answer takes the focus, rather than lying past every
    // card of the page
    if (event.detail === 0) {
      whenShown(() => document.querySelector<HTMLElement>(`.${UNSENT_TOAST} [data-button]`), (button) => button.focus());
    }
  }
  return (
    // not `disabled`: the focus would fall to the page while signing out
    <button type="button" className="link" onClick={click} aria-disabled={leaving || undefined}>
      {t('signOut')}
    </button>
  );
}
