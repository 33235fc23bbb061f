import { useTranslation } from 'react-i18next';
import type { SuggestionStatus } from './suggestionsApi';

/** Where a suggestion stands, as a coloured word. */
export function SuggestionStatusBadge({ status }: { status: SuggestionStatus }) {
  const { t } = useTranslation('catalog');
  return <span className={`badge suggestion-status ${status}`}>{t(`suggestionStatus.${status}`)}</span>;
}
