import { afterEach, describe, expect, it } from 'vitest';
import { applyStoredTheme, applyTheme } from './theme';

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
});
