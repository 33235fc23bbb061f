import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight } from 'lucide-react';

interface PagerProps {
  page: number;
  count: number;
  pageSize: number;
  onPage(page: number): void;
  /** Names the navigation, so that a page with two pagers tells them apart. */
  label: string;
  /**
   * The id of the list's heading (with `tabIndex={-1}`): after Previous or Next it is focused, for a screen reader to
   * say where it is, and brought to the window's top, rather than the view left at the foot of the new page. The
   * list keeps the last page until the new one comes, so the heading is there all along.
   */
  heading?: string;
}

function toHeading(id: string | undefined) {
  const heading = id ? document.getElementById(id) : null;
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView?.({ block: 'start' });
}

/**
 * Previous and next, with where the reader is; nothing when everything fits on one page. On a phone the buttons
 * keep their arrow only (their word is still their name): "Page 1 of 23" between the words wrapped onto two lines.
 * A button with nowhere to go is marked so (aria-disabled), not disabled: the last page reached with Next, a disabled
 * button would drop the focus to the page's start.
 */
export function Pager({ page, count, pageSize, onPage, label, heading }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(count / pageSize));
  if (pages <= 1) {
    return null;
  }
  const go = (next: number) => {
    onPage(next);
    toHeading(heading);
  };
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" onClick={() => page > 1 && go(page - 1)} aria-disabled={page <= 1}>
        <ChevronLeft size={18} aria-hidden="true" />
        <span className="pager-word">{t('previous')}</span>
      </button>
      <span className="pager-where">{t('pageOf', { page, pages })}</span>
      <button type="button" onClick={() => page < pages && go(page + 1)} aria-disabled={page >= pages}>
        <span className="pager-word">{t('next')}</span>
        <ChevronRight size={18} aria-hidden="true" />
      </button>
    </nav>
  );
}
