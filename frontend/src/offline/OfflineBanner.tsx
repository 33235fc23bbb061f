import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';

const isOnline = () => onlineManager.isOnline();

/** Says when what the screen shows is what the device kept, and that taps wait for the connection. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const { state } = useSession();
  const online = useSyncExternalStore(onlineManager.subscribe.bind(onlineManager), isOnline);
  const renewed = !(state.status === 'signedIn' && state.offline);
  if (online && renewed) {
    return null;
  }
  return (
    <p className="offline-banner" role="status">
      {t('offlineBanner')}
    </p>
  );
}
