import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyStoredTheme, applyTheme, useAppliedTheme } from './theme';

describe('the theme', () => {
  afterEach(() => applyTheme('system'));

  it('sets or clears the page’s data-theme, and remembers it on the device', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    delete document.documentElement.dataset.theme;
    applyStoredTheme();
    expect(document.documentElement.dataset.theme).toBe('dark');

    applyTheme('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    applyStoredTheme();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('tells the components that follow it which theme the page shows, as it changes', async () => {
    const { result } = renderHook(() => useAppliedTheme());
    expect(result.current).toBe('system');
    act(() => applyTheme('dark'));
    await waitFor(() => expect(result.current).toBe('dark'));
    act(() => applyTheme('system'));
    await waitFor(() => expect(result.current).toBe('system'));
  });
});
