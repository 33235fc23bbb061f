import { useSession } from '../session/session';

/**
 * The zone dates are shown in: the one the reader chose in their preferences, else undefined, which `Intl`
 * takes as the device's.
 */
export function useTimeZone(): string | undefined {
  const { state } = useSession();
  return state.status === 'signedIn' ? (state.user.preferences?.time_zone ?? undefined) : undefined;
}
