/**
 * After Previous or Next at a list's foot: the list's heading, focused (a screen reader reads where it is) and brought
 * to the top of the window (under the sticky bar: html's scroll-padding), rather than the view left at the foot of
 * the new page. The heading needs `tabIndex={-1}`. The list keeps the last page until the new one comes, so the
 * heading is there all along.
 */
export function toListTop(headingId: string): void {
  const heading = document.getElementById(headingId);
  heading?.focus({ preventScroll: true });
  heading?.scrollIntoView?.({ block: 'start' });
}
