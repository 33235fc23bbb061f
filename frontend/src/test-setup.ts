import './preactCompat';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import i18n, { NAMESPACES } from './i18n';

// the app loads a feature's messages with the feature; a test renders any screen at once
beforeAll(async () => {
  await i18n.loadNamespaces(NAMESPACES);
  await i18n.loadLanguages(['en', 'fr']);
});

afterEach(() => cleanup());
