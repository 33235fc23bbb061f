import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../locales/en/server.json';
import fr from '../locales/fr/server.json';
import i18n from '../i18n';
import { serverMessage, serverMessageLoaded, serverMessages } from './serverMessages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)(?:, *\w+)?\}\}/g)].map((match) => match[1]).sort();

describe('the server’s messages in French', () => {
  beforeEach(() => i18n.changeLanguage('fr'));
  afterEach(() => i18n.changeLanguage('en'));

  it('translates a plain message', () => {
    expect(serverMessage('This field is required.')).toBe('Ce champ est obligatoire.');
    expect(serverMessage('You already track this content.')).toBe('Vous suivez déjà cette œuvre.');
  });

  it('keeps a message that holds sentences of its own whole', () => {
    expect(serverMessage('Your old password was entered incorrectly. Please enter it again.')).toBe(
      'Le mot de passe actuel est incorrect. Veuillez le saisir à nouveau.',
    );
  });

  it('quotes the catalog’s close titles the French way', () => {
    expect(serverMessage('Close titles in the catalog: “Frieren” (Manga), “Frieren” (Novel).')).toBe(
      'Titres proches dans le catalogue\u00a0: «\u00a0Frieren\u00a0» (Manga), «\u00a0Frieren\u00a0» (Novel).',
    );
  });

  it('puts the server’s values into the French sentence, numbers written the French way', () => {
    expect(serverMessage('Ensure this value is less than or equal to 10.')).toBe('Assurez-vous que cette valeur est inférieure ou égale à 10.');
    expect(serverMessage('Ensure this field has no more than 150 characters.')).toBe('Assurez-vous que ce champ comporte au plus 150 caractères.');
    const tenThousand = new Intl.NumberFormat('fr').format(10000);
    expect(serverMessage('Ensure this field has no more than 10000 characters.')).toBe(
      `Assurez-vous que ce champ comporte au plus ${tenThousand} caractères.`,
    );
    // the original API's "1 decimal places" for a score: the French agrees with one place as with several
    expect(serverMessage('Ensure that there are no more than 1 decimal places.')).toBe(
      'Le nombre de chiffres après la virgule ne doit pas dépasser 1.',
    );
    expect(serverMessage('This content already has chapter 12; nothing was added.')).toBe(
      "Cette œuvre a déjà le chapitre 12\u00a0: aucun chapitre n’a été ajouté.",
    );
  });

  it('names a field by the label the reader knows, and an unknown one as the server sent it', () => {
    expect(serverMessage('started_on: "31/02/2024" could not be read; left out.')).toBe(
      'Commencé le\u00a0: «\u00a031/02/2024\u00a0» illisible, ignoré.',
    );
    expect(serverMessage('last_chapter: "123456789012345678901" is longer than 20 characters.')).toBe(
      'Dernier chapitre lu\u00a0: «\u00a0123456789012345678901\u00a0» dépasse 20 caractères.',
    );
    expect(serverMessage('volume: This field is required.')).toBe('volume\u00a0: Ce champ est obligatoire.');
    // an import row's problems, each named by its field's label
    expect(serverMessage('title: a title is required.')).toBe('Titre\u00a0: le titre est obligatoire.');
    expect(
      serverMessage('score: "great" is not a score from 0 to 10 (8.5, 7/10, 85%, ★★★★☆ or a tier: SS, S, A+, A, B, C, D, E, F).'),
    ).toBe(
      'Note sur 10\u00a0: «\u00a0great\u00a0» n’est pas une note de 0 à 10 (8,5, 7/10, 85\u202f%, ★★★★☆ ou un rang\u00a0: SS, S, A+, A, B, C, D, E, F).',
    );
    expect(serverMessage('release_days: "Aléatoire" is not a weekday; left out.')).toBe(
      'Jours de sortie\u00a0: «\u00a0Aléatoire\u00a0» n’est pas un jour de la semaine, ignoré.',
    );
    expect(serverMessage('notes: control characters left out.')).toBe('Notes personnelles\u00a0: caractères de contrôle retirés.');
    expect(serverMessage('Malformed JSON at line 3, column 7.')).toBe('JSON mal formé à la ligne 3, colonne 7.');
  });

  it('takes an empty value too', () => {
    expect(serverMessage('"" is not a valid choice.')).toBe("«\u00a0\u00a0» n’est pas un choix valide.");
  });

  it('takes a value as it is, markup of i18next included', () => {
    expect(serverMessage('The tag "{{max}} $t(common:save)" is given twice.')).toBe("L’étiquette «\u00a0{{max}} $t(common:save)\u00a0» apparaît deux fois.");
  });

  it('translates the messages nested in another, and several side by side', () => {
    expect(serverMessage('Item 2: This field may not be blank.')).toBe('Élément 2\u00a0: Ce champ ne peut pas être vide.');
    expect(serverMessage('tags: A tag may not be blank. The tag "x" is given twice. Left out.')).toBe(
      "Étiquettes\u00a0: Une étiquette ne peut pas être vide. L’étiquette «\u00a0x\u00a0» apparaît deux fois. Ignoré.",
    );
    expect(serverMessage('alt_titles of the new content: Item 1: Line breaks are not allowed.')).toBe(
      'Autres titres de la nouvelle œuvre\u00a0: Élément 1\u00a0: Les retours à la ligne ne sont pas autorisés.',
    );
    expect(serverMessages(['This password is too short. It must contain at least 8 characters.', 'This password is too common.'])).toBe(
      'Ce mot de passe est trop court. Il doit contenir au moins 8 caractères. Ce mot de passe est trop courant.',
    );
  });

  it('answers the server’s English for a message it does not know, and for a known sentence around an unknown one', () => {
    expect(serverMessage('The moon is made of cheese.')).toBe('The moon is made of cheese.');
    expect(serverMessage('reading_url: The moon is made of cheese. Left out.')).toBe('reading_url: The moon is made of cheese. Left out.');
    expect(serverMessages(['This field is required.', 'Something new.'])).toBe('Ce champ est obligatoire. Something new.');
    expect(serverMessages([])).toBeUndefined();
  });

  it('waits for the messages before a toast', async () => {
    await expect(serverMessageLoaded('Nothing left to undo.')).resolves.toBe('Plus rien à annuler.');
  });
});

/**
 * The server's sentence as the web app's English words it: the API's resource is a "content", the app's English
 * says "series" (the French says « œuvre » in both). Not inside a placeholder, nor in the Content-Type header.
 */
const inTheAppsWords = (key: string) =>
  key.replace(/\{\{\w+\}\}|\b([Cc])ontents?('s)?\b(?!-)/g, (word, initial?: string, possessive?: string) =>
    initial ? `${initial === 'C' ? 'S' : 's'}eries${possessive ? "'" : ''}` : word,
  );

describe('the message files', () => {
  it('key English by the server’s own text, and say it in the same words but for "series"', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value, key).toBe(inTheAppsWords(key));
    }
    expect(inTheAppsWords("The content's {{contents}} contents; Content-Type")).toBe("The series' {{contents}} series; Content-Type");
  });

  it('give every message in French, with the same values', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fr)) {
      expect(placeholders(value), key).toEqual(placeholders(key));
    }
  });

  it('answer English to an English reader', () => {
    expect(serverMessage('You already track this content.')).toBe('You already track this series.');
    expect(serverMessage('This category still has 3 contents; delete or move them first.')).toBe(
      'This category still has 3 series; delete or move them first.',
    );
    expect(serverMessage('Ensure this field has no more than 10000 characters.')).toBe('Ensure this field has no more than 10000 characters.');
    expect(serverMessage('Item 2: This field may not be blank.')).toBe('Item 2: This field may not be blank.');
    expect(serverMessage('reading_url: Enter a valid http or https URL. Left out.')).toBe('Where I read it: Enter a valid http or https URL. Left out.');
    expect(serverMessage('status: "flying" is not a status: reading, completed, on hold, dropped or plan to read (or in French: en cours, terminé, en pause, abandonné, à lire).')).toBe(
      'Status: "flying" is not a status: reading, completed, on hold, dropped or plan to read (or in French: en cours, terminé, en pause, abandonné, à lire).',
    );
  });
});
