import { useEffect, type RefObject } from 'react';

/**
 * The height of the sections bar at the window's foot, as `--sections-bar` on the page (see styles.css): the bars
 * held above it (unsaved changes, a selection) stand on it exactly. A height guessed in rem left a gap the page
 * showed through on a phone, and a wider one with larger text, whose labels stop growing once the bar is full.
 */
export function useSectionsBarHeight(bar: RefObject<HTMLElement | null>, atTheFoot: boolean) {
  useEffect(() => {
    const element = bar.current;
    const root = document.documentElement;
    if (!atTheFoot || !element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const measure = () => root.style.setProperty('--sections-bar', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sections-bar');
    };
  }, [bar, atTheFoot]);
}
