import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { whenShown } from '../ui/refocus';

/**
 * The state of a navigation that replaces the screen in the history but is the reader's doing all the same, and
 * shows them another screen: a series created, or deleted, takes them to its page, or to the list. Its heading takes
 * the focus, as after a link followed; else the focus fell to the page with the button pressed.
 */
export const ANOTHER_SCREEN = { anotherScreen: true } as const;

/**
 * Another screen shown (a link followed, Back pressed): the focus goes to its heading, which a screen reader then
 * reads out, rather than staying on a link of the top bar or falling to the page's top with the link that was
 * followed. Left alone:
 * - the first screen, and a screen one is sent on to (`/` to the library, a section one may not see: a navigation that
 *   replaces the screen, without {@link ANOTHER_SCREEN}): the browser starts at the page's top, as for any page it
 *   loads;
 * - a screen that put the focus somewhere of its own (a section named in the address, a field), or a reader who
 *   moved it on meanwhile (typing in a search box while the screen loaded);
 * - a tab or a filter of the same screen, which changes the query alone.
 * Back keeps the page where it is: only a new screen is brought to its top.
 */
export function useFocusOnNavigation(): void {
  const { pathname, state } = useLocation();
  const navigation = useNavigationType();
  const first = useRef(true);
  const sentOn = navigation === 'REPLACE' && !(state as Partial<typeof ANOTHER_SCREEN> | null)?.anotherScreen;
  useEffect(() => {
    if (first.current || sentOn) {
      first.current = false;
      return;
    }
    const before = document.activeElement;
    const main = document.querySelector('main');
    return whenShown(
      () => document.querySelector<HTMLElement>('main h1'),
      (heading) => {
        const now = document.activeElement;
        const movedOn = now !== before && now !== document.body && now !== main;
        if (movedOn || (now !== main && main?.contains(now))) {
          return;
        }
        if (!heading.hasAttribute('tabindex')) {
          heading.tabIndex = -1;
        }
        heading.focus({ preventScroll: navigation === 'POP' });
      },
    );
  }, [pathname, navigation, sentOn]);
}
