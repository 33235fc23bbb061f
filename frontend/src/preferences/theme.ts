import { useSyncExternalStore } from 'react';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The last theme applied on this device, so that the next visit is painted right before the account loads. */
const STORAGE_KEY = 'readtrack.theme';

/**
 * Light or dark whatever the device says, or back to following it: the palette (styles.css) is written once
 * with `light-dark()`, and `data-theme` only sets the page's `color-scheme`.
 */
export function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') {
    delete root.dataset.theme;
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  } else {
    root.dataset.theme = theme;
    globalThis.localStorage?.setItem(STORAGE_KEY, theme);
  }
}

/** At start-up: the theme this device last showed, until the account's preferences arrive. */
export function applyStoredTheme() {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'light' || stored === 'dark') {
    applyTheme(stored);
  }
}

/** The theme the page shows now, as {@link applyTheme} set it: 'system' follows the device. */
export function useAppliedTheme(): Theme {
  return useSyncExternalStore(watchAppliedTheme, appliedTheme);
}

function appliedTheme(): Theme {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

function watchAppliedTheme(changed: () => void) {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/**
 * Whether the page is light or dark now: the applied theme, or what the device prefers when it follows the
 * device. For what paints its own colours (a chart's canvas) and must paint again when this changes.
 */
export function useShownScheme(): 'light' | 'dark' {
  const theme = useAppliedTheme();
  const deviceDark = useSyncExternalStore(watchDeviceScheme, deviceIsDark);
  return theme === 'system' ? (deviceDark ? 'dark' : 'light') : theme;
}

const DARK_DEVICE = '(prefers-color-scheme: dark)';

function deviceIsDark(): boolean {
  return globalThis.matchMedia?.(DARK_DEVICE).matches ?? false;
}

function watchDeviceScheme(changed: () => void) {
  const query = globalThis.matchMedia?.(DARK_DEVICE);
  query?.addEventListener('change', changed);
  return () => query?.removeEventListener('change', changed);
}
