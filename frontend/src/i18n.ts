import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Every text the app shows comes from `locales/{language}/{feature}.json`: one namespace per feature, so that
 * a screen's words sit beside each other and each language file is the same shape.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, messages] of Object.entries(files)) {
  const [, language, namespace] = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path)!;
  (resources[language] ??= {})[namespace] = messages;
}

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

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: Object.keys(resources.en ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
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
