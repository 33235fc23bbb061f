import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

/**
 * Every text the app shows comes from `locales/{language}/{feature}.json`: one namespace per feature, so that
 * a screen's words sit beside each other and each language file is the same shape. The namespaces of the
 * first screens (the shell, sign-in, the library) come with the app; the others load with their feature, in
 * the reader's language only (screens wait for them under the shell's Suspense boundary). `server`, the API's
 * messages, is no feature's: it loads with the first of them shown (see `api/serverMessages.ts`).
 */
const FIRST_SCREENS = ['common', 'session', 'library'];
const bundled = import.meta.glob<Record<string, unknown>>('./locales/*/{common,session,library}.json', {
  eager: true,
  import: 'default',
});
const onDemand = import.meta.glob<Record<string, unknown>>(
  ['./locales/*/*.json', '!./locales/*/{common,session,library}.json'],
  { import: 'default' },
);

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, messages] of Object.entries(bundled)) {
  const [, language, namespace] = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path)!;
  (resources[language] ??= {})[namespace] = messages;
}

/** Every namespace there is, loaded or not: for tests, which render any screen at once. */
export const NAMESPACES = [
  ...new Set([...Object.keys(bundled), ...Object.keys(onDemand)].map((path) => /\/(\w+)\.json$/.exec(path)![1])),
];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'readtrack.language';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') {
    return stored;
  }
  return deviceLanguage();
}

/** The browser's language if the app speaks it, else English. */
export function deviceLanguage(): Language {
  return globalThis.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const lazyNamespaces = resourcesToBackend((language: string, namespace: string) => {
  const load = onDemand[`./locales/${language}/${namespace}.json`];
  return load ? load() : Promise.resolve({});
});

void i18n.use(initReactI18next).use(lazyNamespaces).init({
  resources,
  // the bundled namespaces are not all of them: the others are asked of the backend when first used
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: FIRST_SCREENS,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  // a namespace that loads without suspending a screen (the server's messages, asked for by the first error
  // shown) is seen at once by the screens already there, not at their next change
  react: { bindI18n: 'languageChanged loaded' },
});

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

/** Forgets the language chosen on this device: the browser's is spoken again. */
export function followDeviceLanguage() {
  localStorage.removeItem(STORAGE_KEY);
  void i18n.changeLanguage(deviceLanguage());
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
if (typeof document !== 'undefined') {
  document.documentElement.lang = i18n.language;
}

export default i18n;
