/**
 * Where the focus goes when the row that held it is gone (a deleted chapter, category or user, a revoked token):
 * the list's heading, which a screen reader then reads with what is left, rather than the page's top, where the
 * focus falls with the row. The heading needs `tabIndex={-1}` to take it. Call it once the list has been read
 * again, the row no longer on screen.
 */
export function focusHeading(id: string): void {
  document.getElementById(id)?.focus();
}

/**
 * The same, for a row that may or may not stay (a chapter whose new number moves it to another page): once the
 * screen has been drawn again (React has committed by the next frame), only if the focus fell to the page.
 */
export function focusHeadingIfLost(id: string): void {
  requestAnimationFrame(() => {
    if (document.activeElement === null || document.activeElement === document.body) {
      focusHeading(id);
    }
  });
}
