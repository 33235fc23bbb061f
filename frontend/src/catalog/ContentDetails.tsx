import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../api/client';
import { Cover } from '../ui/Cover';
import { intlLocale } from '../ui/intlLocale';
import { numberFormat } from '../ui/formats';
import type { ContentReaders } from './catalogApi';
import { formatReleaseDays, languageName } from './format';

/**
 * What a content is: its cover, names, author, kind, publication and release days, how many follow it and their mean
 * score, and its summary.
 * @param readers its readers' figures, once known
 * @param actions what the reader may do with it at once, under its facts
 */
export function ContentDetails({ content, readers, actions, entryId }: {
  content: Content;
  readers?: ContentReaders;
  actions?: ReactNode;
  /** The reader's entry for it: a tap on its actions finds the header again by it (library/advanceQueue). */
  entryId?: number;
}) {
  const { t, i18n } = useTranslation(['catalog', 'common']);
  const locale = intlLocale(i18n.language);
  const days = formatReleaseDays(content.release_days, i18n.language);
  const facts: [string, string | undefined][] = [
    [t('catalog:author'), content.author || undefined],
    [t('catalog:category'), content.feature_category_detail?.name],
    [t('catalog:publication'), content.status ? t(`common:contentStatus.${content.status}`) : undefined],
    [t('catalog:language'), languageName(content.language, i18n.language) || undefined],
    [t('catalog:releaseDays'), days || undefined],
    [t('catalog:chapters'), String(content.chapter_count ?? 0)],
    // the catalog's own, given by its editors (from 0 to 10), beside what the readers here give it
    [t('catalog:rating'), content.rating == null ? undefined
      : t('catalog:ratingOf', { rating: numberFormat(locale, { maximumFractionDigits: 1 }).format(content.rating) })],
    [t('catalog:readers'), readers && numberFormat(locale).format(readers.readers ?? 0)],
    [t('catalog:meanScore'), readers?.mean_score == null ? undefined
      : t('catalog:meanScoreOf', { score: numberFormat(locale, { maximumFractionDigits: 1 }).format(readers.mean_score), count: readers.scored })],
  ];
  return (
    <header className="content-header" data-entry={entryId}>
      <Cover src={content.cover} title={content.title} size="large" />
      <div className="content-facts">
        {/* focusable: it takes the focus when a tap leaves the header without its button */}
        <h1 tabIndex={-1}>{content.title}</h1>
        {content.alt_titles && content.alt_titles.length > 0 && (
          <p className="alt-titles muted">{t('catalog:alsoKnownAs', { titles: content.alt_titles.join(' · ') })}</p>
        )}
        <dl>
          {facts
            .filter(([, value]) => value)
            .map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {actions}
        {content.description && <p className="description">{content.description}</p>}
      </div>
    </header>
  );
}
