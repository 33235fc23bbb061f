import type { Locator, Page } from '@playwright/test';
import { ADMIN, expect, settled, signIn, test, unique } from './fixtures';

/**
 * Layouts from a phone with large text to a laptop: what a reader who enlarges the text, or holds a tablet, sees.
 * The reader's text size is the root's font size, as a browser's setting for it sets it.
 */
async function textSize(page: Page, percent: number) {
  await page.addStyleTag({ content: `html { font-size: ${percent}%; }` });
  await settled(page);
}

/** How wide the page is: wider than the window, it scrolls sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The sections' labels that do not fit their section: each is cut with an ellipsis. */
const cutLabels = (page: Page) => page.getByRole('navigation', { name: 'Sections' }).locator('.nav-text')
  .evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent));

/** Whether `word`, in the element's text, is on one line: broken in the middle, it has a box on each line. */
function wordWhole(element: Locator, word: string): Promise<boolean> {
  return element.evaluate((node, wanted) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = text.textContent!.indexOf(wanted);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + wanted.length);
        return range.getClientRects().length === 1;
      }
    }
    throw new Error(`${wanted} not found`);
  }, word);
}

test('with 200 % text on a 320 px phone, the library’s, the catalog’s and the users’ cards stay within the window, their titles and the sections’ labels whole, and so do the administration’s pages', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Remarried Empress '), 3);
  await backend.track(reader.token, series.id, { last_chapter: '1', tags: ['weekly'] });
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, reader);

  const card = page.getByRole('list', { name: 'Entries' }).getByRole('listitem').filter({ hasText: series.title });
  await expect(card).toBeVisible();
  await textSize(page, 200);
  // beside a cover sized in rem, the title had a few letters a line: "Remarried" broke in two
  expect(await wordWhole(card.getByRole('heading'), 'Remarried')).toBe(true);
  expect(await pageWidth(page)).toBeLessThanOrEqual(320);
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  await card.screenshot({ path: 'test-results/library-card-320-200.png' });
  // the sections' labels grew with the text and were cut to their first letters: "Li…", "N…"
  expect(await cutLabels(page)).toEqual([]);

  await page.goto(`/catalog?search=${encodeURIComponent(series.title)}`);
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: series.title }) });
  await expect(result).toBeVisible();
  await textSize(page, 200);
  // the search field, the filters and each card's columns kept their content's width and ran past the window
  expect(await pageWidth(page)).toBeLessThanOrEqual(320);
  expect(await wordWhole(result.getByRole('heading'), 'Remarried')).toBe(true);
  await page.screenshot({ path: 'test-results/catalog-320-200.png', fullPage: true });

  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto('/admin/users');
  await expect(page.getByRole('combobox', { name: 'Role of admin', exact: true })).toBeVisible();
  await textSize(page, 200);
  // a badge and the role's list ("Administrator") kept the card at their width
  expect(await pageWidth(page)).toBeLessThanOrEqual(320);
  expect(await cutLabels(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/admin-users-320-200.png', fullPage: true });

  // in French, whose words are longer: the figures' cards ("Actifs sur 30 jours"), the tables' columns, the
  // registration note's READTRACK_REGISTRATION=invite and a chapter's Modifier and Supprimer ran past the window
  await page.evaluate(() => localStorage.setItem('readtrack.language', 'fr'));
  const loaded = {
    '/admin': page.getByRole('table').first(),
    '/admin/invitations': page.locator('.admin-notice'),
    [`/admin/catalog/contents/${series.id}`]: page.getByRole('list', { name: 'Chapitres' }).getByRole('listitem').first(),
  };
  for (const [path, shown] of Object.entries(loaded)) {
    await page.goto(path);
    await expect(shown).toBeVisible();
    await textSize(page, 200);
    expect(await pageWidth(page), path).toBeLessThanOrEqual(320);
    await page.screenshot({ path: `test-results/admin${path.replaceAll('/', '-')}-320-200-fr.png`, fullPage: true });
  }
});

test('with 200 % text on a 360 px phone, the sign-in, register and forgotten-password cards fit the window and can be used', async ({ page, backend }) => {
  const reader = await backend.register();
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/register', '/forgot-password', '/sign-in']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await textSize(page, 200);
    // the fields kept their own width, and with the margins in rem the card ran 144 px past the window
    expect(await pageWidth(page), path).toBeLessThanOrEqual(360);
    const language = (await page.getByRole('combobox', { name: 'Language' }).boundingBox())!;
    expect(language.x + language.width, path).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `test-results/auth${path.replace('/', '-')}-360-200.png`, fullPage: true });
  }
  await page.getByLabel(/username/i).fill(reader.username);
  await page.getByLabel(/password/i).fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('a long title takes three lines at most on a library card and a catalog result, and shows whole on its series page', async ({ page, backend }) => {
  const title = unique('That Time I Got Reincarnated as a Slime Who Was Actually the Demon Lord of a Hidden Academy and Nobody Noticed ');
  const reader = await backend.register();
  const series = await backend.content(title, 2);
  await backend.track(reader.token, series.id, { last_chapter: '1', favorite: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, reader);
  const lines = (heading: Locator) =>
    heading.evaluate((node) => Math.round(node.getBoundingClientRect().height / parseFloat(getComputedStyle(node).lineHeight)));

  const card = page.getByRole('list', { name: 'Entries' }).getByRole('listitem').filter({ hasText: 'Demon Lord' });
  // seven lines before, the card's button a screen further down
  expect(await lines(card.getByRole('heading'))).toBeLessThanOrEqual(3);
  // the favourite's star, after the title, is not cut with it
  const heading = (await card.getByRole('heading').boundingBox())!;
  const star = (await card.getByRole('img', { name: 'Favorite' }).boundingBox())!;
  expect(star.y + star.height).toBeLessThanOrEqual(heading.y + heading.height);
  await card.getByRole('link', { name: title }).focus();
  await card.screenshot({ path: 'test-results/library-card-long-title.png' });
  await page.goto(`/catalog?search=${encodeURIComponent('Demon Lord of a Hidden')}`);
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  expect(await lines(result.getByRole('heading'))).toBeLessThanOrEqual(3);
  await page.goto(`/contents/${series.id}`);
  expect(await lines(page.getByRole('heading', { level: 1, name: title }))).toBeGreaterThan(3);
});

test('with large text, a catalog result keeps a column for its title on a tablet, and a chapter’s date stays clear of its number on a phone', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Lighthouse Keepers '), 3);
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, reader);

  await page.goto(`/catalog?search=${encodeURIComponent(series.title)}`);
  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: series.title }) });
  await expect(result).toBeVisible();
  await textSize(page, 200);
  // Add and Plan to read go under the title: beside it, sized for 768 px at the browsers' 16 px, they left it no
  // width at all
  const title = (await result.getByRole('heading').boundingBox())!;
  const add = (await result.getByRole('button', { name: `Add to my list: ${series.title}` }).boundingBox())!;
  expect(title.width).toBeGreaterThan(200);
  expect(add.y).toBeGreaterThanOrEqual(title.y + title.height);
  expect(await pageWidth(page)).toBeLessThanOrEqual(768);
  await result.screenshot({ path: 'test-results/catalog-card-768-200.png' });

  // tracked: each chapter has its mark before it too
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/contents/${series.id}`);
  const row = page.locator('#chapter-list li').filter({ hasText: 'Chapter 2' });
  await expect(row).toBeVisible();
  await textSize(page, 150);
  // "Chapter 2" and its date each keep to one line: beside each other, the number was drawn over the date
  const number = (await row.getByText('Chapter 2', { exact: true }).boundingBox())!;
  const date = (await row.locator('time').boundingBox())!;
  const apart = number.x + number.width <= date.x || date.y >= number.y + number.height;
  expect(apart).toBe(true);
  expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  await row.screenshot({ path: 'test-results/chapter-row-360-150.png' });
});

test('with large text on a phone, the selection’s bar and the entry’s unsaved-changes bar take a third of the window at most, in English and French', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Held Bars '), 3);
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  const window = { width: 360, height: 640 };
  await page.setViewportSize(window);
  await signIn(page, reader);
  const words = {
    en: { select: 'Select', tick: `Select ${series.title}`, region: 'Change the selected series', entry: 'My entry', notes: 'Notes' },
    fr: { select: 'Sélectionner', tick: `Sélectionner ${series.title}`, region: 'Modifier les séries sélectionnées', entry: 'Mon suivi', notes: 'Notes personnelles' },
  };
  for (const language of ['en', 'fr'] as const) {
    await page.evaluate((code) => localStorage.setItem('readtrack.language', code), language);
    const said = words[language];
    for (const percent of [150, 200]) {
      const where = `${language}, ${percent} %`;
      await page.goto('/library');
      await page.getByRole('button', { name: said.select, exact: true }).click();
      await page.getByRole('checkbox', { name: said.tick }).check();
      await textSize(page, percent);
      const bar = page.getByRole('region', { name: said.region });
      const selection = (await bar.boundingBox())!;
      // 286 of 640 px at 150 % in French, with the sections bar under it and the top bar above
      expect(selection.height, where).toBeLessThanOrEqual(window.height / 3);
      expect(selection.x + selection.width, where).toBeLessThanOrEqual(window.width);
      expect(await pageWidth(page), where).toBeLessThanOrEqual(window.width);
      await page.screenshot({ path: `test-results/selection-bar-${language}-${percent}.png` });

      await page.goto(`/contents/${series.id}`);
      const editor = page.getByRole('form', { name: said.entry });
      await editor.getByLabel(said.notes, { exact: true }).fill('halfway');
      await textSize(page, percent);
      const unsaved = (await editor.locator('.form-actions.unsaved').boundingBox())!;
      expect(unsaved.height, where).toBeLessThanOrEqual(window.height / 3);
      await page.screenshot({ path: `test-results/unsaved-bar-${language}-${percent}.png` });
    }
  }
});

test('on a phone, the unsaved-changes bar stands on the sections bar, with no gap for the page to show through, whatever the text size', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Quiet Harbour '), 3);
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  const editor = page.getByRole('form', { name: 'My entry' });
  await editor.getByLabel('Notes', { exact: true }).fill('halfway');
  for (const percent of [100, 200]) {
    await textSize(page, percent);
    // the form's top at the window's top, its buttons far below: the bar holds them at the window's foot
    await editor.evaluate((form) => form.scrollIntoView({ block: 'start' }));
    const bar = (await page.locator('.form-actions.unsaved').boundingBox())!;
    const sections = (await page.getByRole('navigation', { name: 'Sections' }).boundingBox())!;
    // 5 px apart at 100 %, 40 at 200 %: the bar's place was a guess in rem
    expect(Math.abs(bar.y + bar.height - sections.y), `${percent} %`).toBeLessThan(1.5);
  }
});

test('on a tablet held upright, the chapters’ forms put their fields side by side and the catalog’s filters take one row', async ({ page, backend }) => {
  const series = await backend.content(unique('Tablet Room '), 2);
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, ADMIN);
  await page.goto(`/admin/catalog/contents/${series.id}`);
  const top = async (field: Locator) => (await field.boundingBox())!.y;
  const oneRow = async (fields: Locator[]) => {
    const tops = await Promise.all(fields.map(top));
    for (const y of tops) {
      expect(Math.abs(y - tops[0])).toBeLessThan(2);
    }
  };
  // each field stretched across the card, under the one before
  const one = page.getByRole('form', { name: 'Add a chapter' });
  await oneRow([one.getByLabel('Number'), one.getByLabel('Chapter title'), one.getByLabel('Release date')]);
  const range = page.getByRole('form', { name: 'Add several chapters' });
  await oneRow([range.getByLabel('Numbers from–to'), range.getByLabel('Release date')]);
  await one.screenshot({ path: 'test-results/admin-chapter-forms-768.png' });

  await page.goto('/catalog');
  // two rows of two before
  await oneRow(['Category', 'Publication', 'Language', 'Sort'].map((name) => page.getByRole('combobox', { name })));
  expect(await pageWidth(page)).toBeLessThanOrEqual(768);
});

test('at 1,024 px, the administrator’s own row of the users has its role where the other rows have theirs', async ({ page, backend }) => {
  // found by the same search as the administrator
  const peer = await backend.register('admin');
  await page.setViewportSize({ width: 1024, height: 800 });
  await signIn(page, ADMIN);
  await page.goto('/admin/users');
  await page.getByRole('searchbox', { name: 'Search users' }).fill('admin');
  const own = page.getByRole('combobox', { name: 'Role of admin', exact: true });
  const other = page.getByRole('combobox', { name: `Role of ${peer.username}` });
  await expect(other).toBeVisible();
  await expect(own).toBeVisible();
  const ownBox = (await own.boundingBox())!;
  const otherBox = (await other.boundingBox())!;
  // the own row, with no other button, had its role at the card's right
  expect(Math.abs(ownBox.x - otherBox.x)).toBeLessThan(2);
  expect(Math.abs(ownBox.width - otherBox.width)).toBeLessThan(2);
  await page.screenshot({ path: 'test-results/admin-users-1024.png' });
});
