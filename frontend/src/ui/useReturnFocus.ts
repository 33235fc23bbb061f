import { useEffect, useState, type RefObject } from 'react';

/**
 * Puts the focus back on the button that opened something in place (an inline form, a panel) once it is closed,
 * as the inline "Delete …?" question does: without it the focus falls to the page's top with the closed form.
 * The button is read from its ref after the closing render, since it may only come back then (the form took its
 * place). Returns the function to call on closing, with the button's ref.
 */
export function useReturnFocus(): (opener: RefObject<HTMLElement | null>) => void {
  const [opener, setOpener] = useState<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    if (opener) {
      opener.current?.focus();
      setOpener(null);
    }
  }, [opener]);
  return setOpener;
}
