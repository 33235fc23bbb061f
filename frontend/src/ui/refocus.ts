/**
 * Calls `act` with what `find` finds, as soon as it is in the document: at once, else at each frame for a second at
 * most (a screen still loading its words or its code draws it a little later). Returns what stops the search.
 */
export function whenShown<T extends Element>(find: () => T | null, act: (element: T) => void): () => void {
  let frames = 60;
  let frame = 0;
  const look = () => {
    const element = find();
    if (element) {
      act(element);
    } else if (frames-- > 0) {
      frame = requestAnimationFrame(look);
    }
  };
  look();
  return () => cancelAnimationFrame(frame);
}

/** Whether the focus fell to the page: the element that held it was disabled, or left the screen with its row. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * After an action that redraws what the focus was on (a card moved on a chapter, a row now read, a change undone
 * from a toast), puts the focus back on the first of `candidates` on screen, once React has drawn the new data
 * (it has committed by the next frame), and only if the focus fell to the page meanwhile: a reader who moved on
 * elsewhere keeps their place. Without it, the next Enter does nothing and Tab starts from the page's top.
 */
export function refocus(...candidates: (() => Element | null | undefined)[]): Promise<void> {
  return refocusWith({}, candidates);
}

/**
 * The same, without scrolling to it: for a button pressed again and again where it is (a card's next chapter), which
 * a scroll would move from under the thumb, when a toast takes the window's foot.
 */
export function refocusInPlace(...candidates: (() => Element | null | undefined)[]): Promise<void> {
  return refocusWith({ preventScroll: true }, candidates);
}

/** The toast's button that holds the focus as it is pressed (Enter, or a click in most browsers), if one does. */
export function pressedInToast(): Element | null {
  const active = document.activeElement;
  return active?.closest('[data-sonner-toast]') ? active : null;
}

/**
 * After a toast's button (Undo) pressed with the focus on it: once the toast has let go of the focus, puts it on the
 * first of `candidates`, without scrolling. The toasts hand the focus back to whatever held it before the reader
 * reached them, which after tabbing down the library is another series' next-chapter button: the next Enter marked
 * that one. So the focus moves even when it did not fall to the page. With no `pressed` button (the focus was
 * elsewhere), as {@link refocusInPlace}.
 */
export function refocusAfterToast(pressed: Element | null, ...candidates: (() => Element | null | undefined)[]): Promise<void> {
  if (!pressed) {
    return refocusInPlace(...candidates);
  }
  return new Promise((resolve) => {
    let frames = 120; // two seconds at most: the toast leaves within a fraction of one
    const look = () => {
      if (pressed.isConnected && pressed === document.activeElement && frames-- > 0) {
        requestAnimationFrame(look);
        return;
      }
      requestAnimationFrame(() => {
        focusFirst({ preventScroll: true }, candidates);
        resolve();
      });
    };
    look();
  });
}

function refocusWith(options: FocusOptions, candidates: (() => Element | null | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      if (focusLost()) {
        focusFirst(options, candidates);
      }
      resolve();
    });
  });
}

function focusFirst(options: FocusOptions, candidates: (() => Element | null | undefined)[]): void {
  for (const find of candidates) {
    const element = find();
    if (element instanceof HTMLElement) {
      element.focus(options);
      return;
    }
  }
}

/**
 * A ref that focuses its element once, as it is drawn: for what replaces the control that held the focus (a form
 * replaced by its answer), which would otherwise leave the focus on the page. One function for every element, so that
 * later renders do not call it again.
 */
export function takeFocus(element: HTMLElement | null): void {
  element?.focus();
}
