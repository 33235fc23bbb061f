import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, useShownScheme } from './theme';

/** A device whose light or dark preference the test sets, telling its listeners as a browser does. */
function fakeDevice() {
  const listeners = new Set<() => void>();
  const device = {
    dark: false,
    turn(dark: boolean) {
      device.dark = dark;
      listeners.forEach((listener) => listener());
    },
  };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && device.dark;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return device;
}

describe('the scheme the page shows', () => {
  let device: ReturnType<typeof fakeDevice>;
  beforeEach(() => {
    device = fakeDevice();
  });
  afterEach(() => {
    act(() => applyTheme('system'));
    vi.unstubAllGlobals();
  });

  it('follows the device while the theme is the system’s, as the device changes', () => {
    const { result } = renderHook(() => useShownScheme());
    expect(result.current).toBe('light');
    act(() => device.turn(true));
    expect(result.current).toBe('dark');
    act(() => device.turn(false));
    expect(result.current).toBe('light');
  });

  it('is the chosen theme whatever the device prefers', async () => {
    device.turn(true);
    const { result } = renderHook(() => useShownScheme());
    expect(result.current).toBe('dark');
    act(() => applyTheme('light'));
    await vi.waitFor(() => expect(result.current).toBe('light'));
    act(() => device.turn(false));
    act(() => applyTheme('dark'));
    await vi.waitFor(() => expect(result.current).toBe('dark'));
  });
});
