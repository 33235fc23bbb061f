const APP = 'Readtrack';

/**
 * The browser tab (and the history, and a screen reader's window list) names the screen shown, from the screen's
 * own heading: "One Piece · Readtrack". One observer for every screen rather than a call in each: a heading that
 * changes (a content's title once loaded, another language) changes the tab with it. The observer's callback
 * runs once per batch of changes, not per node.
 */
export function followHeadingInTitle(root: Document = document): () => void {
  const update = () => {
    const heading = root.querySelector('main h1')?.textContent?.trim();
    const title = heading ? `${heading} · ${APP}` : APP;
    if (root.title !== title) {
      root.title = title;
    }
  };
  const observer = new MutationObserver(update);
  observer.observe(root.body, { childList: true, subtree: true, characterData: true });
  update();
  return () => observer.disconnect();
}
