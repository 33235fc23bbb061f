import { useTranslation } from 'react-i18next';
import { useNavigation } from 'react-router';

/**
 * A screen whose code or words are on their way (a slow connection): the one shown stays until it comes, with a bar
 * along the window's top to say that the next is coming, rather than a tap that seems to do nothing.
 */
export function RouteProgress() {
  const { t } = useTranslation();
  return useNavigation().state === 'loading' ? <div className="route-progress" role="progressbar" aria-label={t('loading')} /> : null;
}
