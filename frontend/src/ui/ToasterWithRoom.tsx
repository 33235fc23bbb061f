import { useEffect, useRef, type RefObject } from 'react';
import { Toaster, useSonner, type ToasterProps } from 'sonner';

/** How much of each toast stacked behind the front one shows above it (sonner's gap), for two at most. */
const PEEK = 14;
/** A control touched longer ago than this is not what the new toast answers. */
const RECENT_MS = 10_000;

/**
 * sonner's toaster, with room kept for its toasts. On a phone a toast covered the card under it, Mark read and all:
 * while toasts show, the page ends below them (`--toast-room`, see styles.css), so that every card can be scrolled
 * above them; and the control the reader just used, when a new toast lands over it, is scrolled up into sight.
 */
export default function ToasterWithRoom(props: ToasterProps) {
  useToastRoom();
  return <Toaster {...props} />;
}

function useToastRoom() {
  const count = useSonner().toasts.length;
  const touched = useLastTouched();
  const before = useRef(0);
  useEffect(() => {
    const root = document.documentElement;
    const added = count > before.current;
    before.current = count;
    if (count === 0) {
      root.style.removeProperty('--toast-room');
      return;
    }
    // measured once the toast is in the page: its height, not where its entrance animation has it yet
    const frame = requestAnimationFrame(() => {
      const toaster = document.querySelector<HTMLElement>('[data-sonner-toaster]');
      const front = toaster?.querySelector<HTMLElement>('[data-sonner-toast][data-front="true"]');
      if (!toaster || !front) {
        return;
      }
      const room = window.innerHeight - toaster.getBoundingClientRect().bottom + front.offsetHeight + Math.min(count - 1, 2) * PEEK;
      root.style.setProperty('--toast-room', `${Math.ceil(room + 8)}px`);
      if (added) {
        const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        // the page's scroll padding now counts the toasts: 'nearest' scrolls only when one is over the control
        actedOn(touched)?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [count, touched]);
  useEffect(() => () => document.documentElement.style.removeProperty('--toast-room'), []);
}

/** The control last pressed with a finger or a mouse: Safari does not focus a tapped button. */
function useLastTouched(): RefObject<{ control: Element; at: number } | null> {
  const last = useRef<{ control: Element; at: number } | null>(null);
  useEffect(() => {
    function remember(event: PointerEvent) {
      const control = event.target instanceof Element ? event.target.closest('button, a, input, select, textarea, label') : null;
      last.current = control ? { control, at: Date.now() } : null;
    }
    document.addEventListener('pointerdown', remember, true);
    return () => document.removeEventListener('pointerdown', remember, true);
  }, []);
  return last;
}

/** What the reader just used, outside the toasts: the focused control, else the one last touched. */
function actedOn(touched: RefObject<{ control: Element; at: number } | null>): HTMLElement | null {
  const focused = document.activeElement;
  const recent = touched.current && Date.now() - touched.current.at < RECENT_MS ? touched.current.control : null;
  const candidate = focused && focused !== document.body ? focused : recent;
  return candidate instanceof HTMLElement && candidate.isConnected && !candidate.closest('[data-sonner-toaster]') ? candidate : null;
}
