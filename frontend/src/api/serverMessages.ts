import i18n from '../i18n';
import { ApiError } from './client';

/**
 * The server words its problems in English, the way Django REST Framework does ("This field is required.").
 * `locales/en/server.json` lists every sentence it can send to this app, keyed by itself, with `{{name}}` where
 * the server puts a value (`Ensure this field has no more than {{max}} characters.`); each other language maps
 * the same keys to its own words. A message is matched against those keys and read out in the reader's
 * language; one the file does not know is shown as the server wrote it.
 *
 * A placeholder named `message` holds another server message (the import report says
 * `tags: A tag may not be blank. Left out.`): it is translated in turn, and the outer sentence matches only if
 * it can be.
 */
const NAMESPACE = 'server';
/**
 * The keys hold `.` and `:` of their own: no key path, no namespace prefix. The values are the reader's own text
 * at times (a tag, a title): never read as i18next's `$t(…)`.
 */
const LOOKUP = { ns: NAMESPACE, keySeparator: false, nsSeparator: false, nest: false } as const;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const NESTED = 'message';
/**
 * Placeholders that hold one of the API's field names (`status`, `alt_titles`): shown by the label the reader
 * knows from the entry editor and the content form (`catalog:field.*`), or as sent when there is none.
 */
const FIELD_NAMES = new Set(['field', 'column']);
const FIELD_LABELS = 'catalog';

interface Template {
  key: string;
  pattern: RegExp;
  names: string[];
}

interface Matcher {
  exact: Set<string>;
  /** The most specific first: `content {{field}}: {{message}}` before `{{field}}: {{message}}`. */
  templates: Template[];
}

let compiled: { source: object; matcher: Matcher } | undefined;

function compile(key: string): Template {
  const names: string[] = [];
  const parts = key.split(PLACEHOLDER).map((part, index) => {
    if (index % 2 === 1) {
      names.push(part);
      // a value may be empty: an empty choice is named as `"" is not a valid choice.`
      return '(.*?)';
    }
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return { key, names, pattern: new RegExp(`^${parts.join('')}$`, 's') };
}

function literalLength(key: string): number {
  return key.replace(PLACEHOLDER, '').length;
}

/**
 * The keys, compiled once per bundle: English's, the source of truth; else, should English not have loaded, the
 * reader's language's, which are the same (a test keeps them so).
 */
function matcher(): Matcher | undefined {
  const source = ['en', i18n.language]
    .map((language) => i18n.getResourceBundle(language, NAMESPACE) as Record<string, string> | undefined)
    .find((bundle) => bundle && Object.keys(bundle).length > 0);
  if (!source) {
    return undefined;
  }
  if (compiled?.source !== source) {
    const keys = Object.keys(source);
    compiled = {
      source,
      matcher: {
        exact: new Set(keys.filter((key) => !key.includes('{{'))),
        templates: keys
          .filter((key) => key.includes('{{'))
          .sort((a, b) => literalLength(b) - literalLength(a))
          .map(compile),
      },
    };
  }
  return compiled.matcher;
}

/** Placeholders that hold titles in English quotes (`“Frieren”, “Dandadan”`), quoted again the reader's way. */
const QUOTED_LISTS = new Set(['titles']);

const requoted = (value: string) => value.replace(/“([^”]*)”/g, (_, inner: string) => i18n.t('common:quoted', { text: inner }));

/** One message in the current language; undefined when no key fits it. */
function one(text: string, known: Matcher): string | undefined {
  if (known.exact.has(text)) {
    return i18n.t(text, LOOKUP);
  }
  for (const template of known.templates) {
    const match = template.pattern.exec(text);
    if (!match) {
      continue;
    }
    const values: Record<string, string> = {};
    const complete = template.names.every((name, index) => {
      const value = match[index + 1];
      const translated =
        name === NESTED ? several(value, known) : FIELD_NAMES.has(name) ? fieldLabel(value) : QUOTED_LISTS.has(name) ? requoted(value) : value;
      values[name] = translated ?? '';
      return translated !== undefined;
    });
    if (complete) {
      return i18n.t(template.key, { ...LOOKUP, replace: values });
    }
  }
  return undefined;
}

function fieldLabel(name: string): string {
  return i18n.t(`field.${name}`, { ns: FIELD_LABELS, defaultValue: name });
}

/**
 * The server joins a field's messages with a space where it nests them; each must then be known. The cut comes
 * after a sentence's last character, tried from the left, so a message that has sentences of its own ("…
 * incorrectly. Please enter it again.") is still read whole when the file has it whole.
 */
function several(text: string, known: Matcher): string | undefined {
  const whole = one(text, known);
  if (whole !== undefined) {
    return whole;
  }
  for (let cut = text.indexOf(' '); cut > 0; cut = text.indexOf(' ', cut + 1)) {
    if (!/[.?!]/.test(text[cut - 1])) {
      continue;
    }
    const head = one(text.slice(0, cut), known);
    const tail = head === undefined ? undefined : several(text.slice(cut + 1), known);
    if (tail !== undefined) {
      return `${head} ${tail}`;
    }
  }
  return undefined;
}

function loaded(): boolean {
  return i18n.hasLoadedNamespace(NAMESPACE) && i18n.hasLoadedNamespace(FIELD_LABELS);
}

/** Loads the messages in the reader's language, with the field labels they name; once is enough. */
export function loadServerMessages(): Promise<void> {
  return loaded() ? Promise.resolve() : i18n.loadNamespaces([NAMESPACE, FIELD_LABELS]);
}

/**
 * A message of the server in the reader's language, or as the server wrote it when the file does not know it.
 * The messages load with the first one to show, not with the app: until they are there, this answers the
 * English text, and the screens, which re-render when a namespace loads (see `i18n.ts`), then show them again.
 */
export function serverMessage(text: string): string {
  if (!loaded()) {
    void loadServerMessages();
  }
  const known = matcher();
  return (known && several(text, known)) ?? text;
}

/** A field's messages in the reader's language, side by side as the server listed them; undefined for none. */
export function serverMessages(messages: readonly string[] | undefined): string | undefined {
  return messages && messages.length > 0 ? messages.map(serverMessage).join(' ') : undefined;
}

/** For a toast, shown once and never re-rendered: waits for the messages (they are small) before translating. */
export async function serverMessageLoaded(text: string): Promise<string> {
  await loadServerMessages().catch(() => undefined);
  return serverMessage(text);
}

/**
 * Why the server refused a change, for a toast, in the reader's words: its fields' messages, else the problem's own;
 * `fallback` for no answer at all (the network).
 */
export async function refusalLoaded(error: unknown, fallback: string): Promise<string> {
  if (!(error instanceof ApiError)) {
    return fallback;
  }
  await loadServerMessages().catch(() => undefined);
  const byField = Object.values((error.problem.errors ?? {}) as Record<string, string[]>).flat();
  return serverMessages(byField) ?? serverMessage(error.message);
}
