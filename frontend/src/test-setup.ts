import './preactCompat';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { options } from 'preact';
import { afterEach, beforeAll } from 'vitest';
import i18n, { NAMESPACES } from './i18n';

// the app loads a feature's messages with the feature; a test renders any screen at once
beforeAll(async () => {
  await i18n.loadNamespaces(NAMESPACES);
  await i18n.loadLanguages(['en', 'fr']);
});

afterEach(() => cleanup());

// Preact runs effects after the next frame, with a 100 ms timer beside it in case no frame comes; that timer calls
// cancelAnimationFrame, which jsdom takes away when a test file ends: a file ending within those 100 ms failed the
// whole run with a ReferenceError. jsdom's frames always come while a file runs, and stop with it: no timer needed.
options.requestAnimationFrame = (callback) => requestAnimationFrame(callback);
