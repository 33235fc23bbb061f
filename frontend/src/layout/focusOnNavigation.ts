import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Another screen shown (a link followed, Back pressed): the focus goes to its heading, which a screen reader then
 * reads out, rather than staying on a link of the top bar or falling to the page's top with the link that was
 * followed. A screen that put the focus somewhere of its own (a section named in the address, a field) keeps it.
 * Only the path counts: a tab or a filter of the same screen changes the query alone.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      // the first screen: the browser starts at the page's top, as for any page it loads
      first.current = false;
      return;
    }
    // a screen still loading its words has no heading yet: looked for again each frame, a second at most
    let frames = 60;
    let frame = 0;
    const go = () => {
      if (document.querySelector('main')?.contains(document.activeElement)) {
        return;
      }
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) {
          heading.tabIndex = -1;
        }
        heading.focus();
      } else if (frames-- > 0) {
        frame = requestAnimationFrame(go);
      }
    };
    frame = requestAnimationFrame(go);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
