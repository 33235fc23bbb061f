import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, settled, signIn, test, unique } from './fixtures';

const DESKTOP = { width: 1280, height: 900 };

/** The whole page from its top (a page scrolled down would show the sticky bar in the middle of the picture). */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

// each test sets up several series through the API, then walks through a few screens: on a busy machine that
// takes longer than the default 30 seconds
test.describe.configure({ timeout: 120_000 });

test('a reader finds a series by another of its titles, narrows by category and adds it from the catalog', async ({ page, backend }) => {
  const reader = await backend.register();
  const other = unique('Zephyr');
  const series = await backend.content(unique('Moonlit Archive '), 3, {
    alt_titles: [other, 'Archives au clair de lune'],
    author: 'Ayame Kuroda',
    status: 'ongoing',
    release_days: ['mon', 'thu'],
  });
  await backend.content(unique('Moonlit Decoy '), 1);

  await signIn(page, reader);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the catalog' }).fill(other.toLowerCase());
  await expect(page).toHaveURL(new RegExp(`search=${other.toLowerCase()}`));
  await expect(page.getByRole('status').filter({ hasText: '1 title' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: series.title });
  await expect(card.getByRole('heading', { name: series.title })).toBeVisible();
  await expect(card.getByText(`Also known as ${other} · Archives au clair de lune`)).toBeVisible();
  await expect(card.getByText('3 chapters')).toBeVisible();
  await expect(card.getByText('Ongoing')).toBeVisible();
  await expect(card.getByText('Out on Monday and Thursday')).toBeVisible();

  // the category filter keeps the series and leaves out the other one, which the search on "moonlit" finds too
  await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('moonlit');
  await expect(page.getByRole('listitem').filter({ hasText: 'Moonlit Decoy' })).toBeVisible();
  const categoryName = await card.locator('.catalog-meta span').first().textContent();
  // on a phone the filters are folded beside the search, the results right under it
  const filters = page.getByRole('button', { name: /^Filters/ });
  await expect(page.getByLabel('Category')).toBeHidden();
  await expect(filters).toHaveAccessibleName('Filters');
  expect((await page.getByRole('list', { name: 'Series' }).boundingBox())!.y).toBeLessThan(300);
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Category').selectOption({ label: categoryName! });
  await expect(page.getByRole('listitem').filter({ hasText: 'Moonlit Decoy' })).toHaveCount(0);
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`category=${series.category}`));
  // folded again, the button says a filter still applies
  await filters.click();
  await expect(page.getByLabel('Category')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters (1 chosen)' })).toHaveAttribute('aria-expanded', 'false');

  await expectAccessible(page);
  await screenshot(page, 'catalog-phone');

  await card.getByRole('button', { name: `Add to my list: ${series.title}` }).click();
  await expect(page.getByText(`${series.title} added to your list`)).toBeVisible();
  await expect(card.getByRole('link', { name: `In my list: ${series.title}` })).toBeVisible();
  // the buttons pressed gave way to the link: the focus is on it, not fallen to the page's top
  await expect(card.getByRole('link', { name: `In my list: ${series.title}` })).toBeFocused();
  await page.setViewportSize(DESKTOP);
  await screenshot(page, 'catalog-desktop');

  // a reload still knows it is tracked, and the library holds it
  await page.reload();
  await expect(page.getByRole('link', { name: `In my list: ${series.title}` })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: series.title })).toBeVisible();
});

test('a series from the catalog goes to the list to read later, not started', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Someday Harbour '), 4);
  await signIn(page, reader);
  await page.goto(`/catalog?search=${encodeURIComponent(series.title)}`);
  const card = page.getByRole('listitem').filter({ hasText: series.title });

  await card.getByRole('button', { name: `Plan to read: ${series.title}` }).click();

  await expect(page.getByText(`${series.title} added to your list, to read later`)).toBeVisible();
  await expect(card.getByRole('link', { name: `In my list: ${series.title}` })).toBeVisible();
  const entry = await backend.as<{ results: { status: string; started_on: string | null }[] }>(reader.token, 'get', '/api/progress/');
  expect(entry.results).toEqual([expect.objectContaining({ status: 'plan_to_read', started_on: null })]);
});

test('a series added by mistake is taken back from its toast, and its card offers Add again', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Wrong Tap '), 3);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, reader);
  await page.goto(`/catalog?search=${encodeURIComponent(series.title)}`);
  const card = page.getByRole('listitem').filter({ hasText: series.title });

  await card.getByRole('button', { name: `Add to my list: ${series.title}` }).click();
  const added = page.locator('[data-sonner-toast]').filter({ hasText: `${series.title} added to your list` });
  await expect(added.getByRole('button', { name: 'Set chapter' })).toBeVisible();
  // held while the pictures are taken (a toast waits while hovered)
  await added.hover();
  for (const [size, viewport] of [['360', { width: 360, height: 740 }], ['desktop', DESKTOP]] as const) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await settled(page);
      await page.screenshot({ path: `test-results/added-toast-${size}-${colorScheme}.png` });
    }
  }
  // on a phone the buttons go under the text, which keeps the toast's width
  await page.setViewportSize({ width: 360, height: 740 });
  await settled(page);
  const text = (await added.locator('[data-title]').boundingBox())!;
  expect((await added.getByRole('button', { name: 'Undo' }).boundingBox())!.y).toBeGreaterThanOrEqual(text.y + text.height);
  // readable in both themes, the dark one first (the last pictures')
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page);

  await added.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`${series.title} removed from your list`)).toBeVisible();
  await expect(card.getByRole('button', { name: `Add to my list: ${series.title}` })).toBeFocused();
  const list = await backend.as<{ count: number }>(reader.token, 'get', '/api/progress/');
  expect(list.count).toBe(0);
  await page.reload();
  await expect(card.getByRole('button', { name: `Add to my list: ${series.title}` })).toBeVisible();
});

test('Set chapter in the toast of a series just added takes the reader to its last chapter field, once', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Halfway There '), 30);
  const other = await backend.content(unique('Halfway Again '), 30);
  await signIn(page, reader);
  await page.goto(`/catalog?search=${encodeURIComponent(series.title)}`);
  const card = page.getByRole('listitem').filter({ hasText: series.title });

  await card.getByRole('button', { name: `Add to my list: ${series.title}` }).click();
  await page.locator('[data-sonner-toast]').filter({ hasText: `${series.title} added to your list` }).getByRole('button', { name: 'Set chapter' }).click();

  await expect(page).toHaveURL(new RegExp(`/contents/${series.id}$`));
  const field = page.getByRole('form', { name: 'My entry' }).getByRole('textbox', { name: 'Last chapter read' });
  await expect(field).toBeFocused();
  await page.keyboard.type('17');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  // neither a reload nor a return focuses it again; Back goes to the catalog, not to the same page
  await page.reload();
  await expect(field).toHaveValue('17');
  await expect(page.getByRole('heading', { name: series.title, level: 1 })).toBeVisible();
  await expect(field).not.toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/catalog\?/);

  // on the series page itself, the field is right there: the focus goes to it, the page stays
  await page.goto(`/contents/${other.id}`);
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(field).toBeVisible();
  await page.locator('[data-sonner-toast]').filter({ hasText: `${other.title} added to your list` }).getByRole('button', { name: 'Set chapter' }).click();
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/contents/${other.id}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/catalog\?/);
});

test('on the content page a reader edits the entry, reads the change in the history and undoes it', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Glass Lighthouse '), 5, {
    author: 'Inès Marchal',
    description: 'A keeper and the ships that never arrive.',
    alt_titles: ['Le Phare de verre'],
    release_days: ['sat'],
  });
  await backend.track(reader.token, series.id, { last_chapter: '2', tags: ['mystery'] });

  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  await expect(page.getByRole('heading', { name: series.title, level: 1 })).toBeVisible();
  await expect(page.getByText('Inès Marchal')).toBeVisible();
  // the browser tab names the screen
  await expect(page).toHaveTitle(`${series.title} · Readtrack`);
  await expect(page.getByText('A keeper and the ships that never arrive.')).toBeVisible();
  await expect(page.getByText('Also known as Le Phare de verre')).toBeVisible();

  // the chapters read are ticked, the next one pointed out
  const chapters = page.getByRole('region', { name: 'Chapters' });
  await expect(chapters.getByText('Read up to chapter 2 · next: chapter 3')).toBeVisible();
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 2' })).toContainText('(read)');
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 3' })).toContainText('Next');
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 3' })).not.toContainText('(read)');

  await expectAccessible(page);
  await screenshot(page, 'content-phone');

  const editor = page.getByRole('form', { name: 'My entry' });
  await editor.getByLabel('Status').selectOption({ label: 'On hold' });
  await editor.getByLabel('Score').fill('8.5');
  await editor.getByRole('button', { name: '+1: last chapter read 3' }).click();
  await expect(editor.getByRole('textbox', { name: 'Last chapter read' })).toHaveValue('3');
  // far below on a phone, the Save button comes up into sight once there is something to save
  await expect(editor.getByRole('button', { name: 'Save' })).toBeInViewport();
  await page.screenshot({ path: 'test-results/content-phone-unsaved.png' });
  await editor.getByLabel('Tags', { exact: true }).fill('slow burn');
  await editor.getByLabel('Tags', { exact: true }).press('Enter');
  await editor.getByRole('button', { name: 'Remove the tag mystery' }).click();
  await editor.getByLabel('Where I read it').fill('https://reader.example.org/glass');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(editor.getByRole('link', { name: 'Open where I read it' })).toHaveAttribute('href', 'https://reader.example.org/glass');
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 3' })).toContainText('(read)');

  const history = page.getByRole('region', { name: 'History' });
  const latest = history.getByRole('listitem').first();
  await expect(latest).toContainText('Edited');
  await expect(latest).toContainText('Status: Reading → On hold');
  await expect(latest).toContainText('Last chapter read: 2 → 3');
  await expect(latest).toContainText('Score: — → 8.5');
  await expect(latest).toContainText('Tags: mystery → slow burn');
  await expect(history.getByRole('listitem').filter({ hasText: 'Added to the list' })).toContainText('Tags: mystery');

  await page.setViewportSize(DESKTOP);
  await screenshot(page, 'content-desktop');

  // an edit of four fields, long to make again: the undo asks first, naming them
  await history.getByRole('button', { name: 'Undo last change' }).click();
  await expect(history.getByRole('group', { name: /These go back to what they were: status, last chapter read, score, where I read it,? and tags/ })).toBeVisible();
  await screenshot(page, 'history-undo-question');
  await history.getByRole('button', { name: 'Yes, undo it' }).click();
  await expect(history.getByRole('status')).toHaveText('The last change was undone.');
  await expect(editor.getByLabel('Status')).toHaveValue('reading');
  await expect(editor.getByLabel('Score')).toHaveValue('');
  await expect(editor.getByRole('listitem').filter({ hasText: 'mystery' })).toBeVisible();
  const edited = history.getByRole('listitem').filter({ hasText: 'Edited' });
  await expect(edited).toContainText('Status: Reading → On hold');
  await expect(edited).toContainText('undone');
  await expect(history.getByRole('listitem').first()).toContainText('Change undone');
  await expectAccessible(page);
});

test('a chapter marked read by mistake yesterday is found among the recent changes, and taken back from its series', async ({ page, backend }) => {
  const reader = await backend.register();
  const wrong = await backend.content(unique('Wrong Tap '), 5);
  const other = await backend.content(unique('Other Read '), 5);
  const entry = await backend.track(reader.token, wrong.id, { last_chapter: '2' });
  await backend.track(reader.token, other.id, { last_chapter: '1' });
  await backend.as(reader.token, 'post', `/api/progress/${entry.id}/advance/`, {});

  await signIn(page, reader);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Stats' }).click();
  await page.getByRole('link', { name: 'My recent changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recent changes' })).toBeVisible();
  const changes = page.locator('.timeline > li');
  await expect(changes).toHaveCount(3);
  // newest first, each with its series
  await expect(changes.first()).toContainText('Chapters read');
  await expect(changes.first()).toContainText('Last chapter read: 2 → 3');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/recent-changes-phone.png', fullPage: true });
  await changes.first().getByRole('link', { name: wrong.title }).click();

  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: 'Undo last change' }).click();
  await expect(history.getByRole('status')).toHaveText('The last change was undone.');
  await history.getByRole('link', { name: 'All my recent changes' }).click();
  await expect(page.locator('.timeline > li').first()).toContainText('Change undone');
  await expect(page.locator('.timeline > li').nth(1)).toContainText('undone');
});

test('a date the server refuses is explained beside its field; with nothing left to undo no undo is offered', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Paper Comet '), 2);
  await backend.track(reader.token, series.id, { status: 'plan_to_read', started_on: '2026-02-10' });

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  const editor = page.getByRole('form', { name: 'My entry' });
  await editor.getByLabel('Finished on').fill('2026-01-15');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByLabel('Finished on')).toHaveAccessibleDescription('Ensure this date is on or after the start date.');
  await expect(editor.getByLabel('Finished on')).toHaveAttribute('aria-invalid', 'true');
  // on a phone the field may be far above the button: the focus takes the reader there, clear of the sticky Save bar
  await expect(editor.getByLabel('Finished on')).toBeFocused();
  await expect(editor.getByText('Ensure this date is on or after the start date.')).toBeInViewport();
  const problem = (await editor.getByText('Ensure this date is on or after the start date.').boundingBox())!;
  const save = (await editor.getByRole('button', { name: 'Save' }).boundingBox())!;
  expect(problem.y + problem.height).toBeLessThan(save.y - 8);
  await expect(editor.getByText('1 unsaved change')).toBeVisible();
  await expectAccessible(page);

  // only the addition to the list is in the history: nothing to undo, so no button to try
  await expect(page.getByRole('region', { name: 'History' }).getByText('Added to the list')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo last change' })).toHaveCount(0);

  // removing asks first, then offers to add it again, where the reader is taken; its history is not asked for again
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.getByRole('button', { name: 'Remove from my list' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByText(`${series.title} removed from your list`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My entry' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'My entry' })).toBeInViewport();
  expect(missing).toEqual([]);
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('form', { name: 'My entry' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My entry' })).toBeFocused();
});

test('a reader finds a series typed without its accents, and its chapters open at the next one to read', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Étoile Lointaine '), 55);
  await backend.track(reader.token, series.id, { last_chapter: '52' });

  await signIn(page, reader);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Catalog' }).click();
  // typed on a phone keyboard: no accent, no capital
  await page.getByRole('searchbox', { name: 'Search the catalog' }).fill(series.title.replace('Étoile', 'etoile').toLowerCase());
  await expect(page).toHaveURL(/search=etoile/);
  await page.getByRole('listitem').filter({ hasText: series.title }).getByRole('link', { name: series.title, exact: true }).click();

  const chapters = page.getByRole('region', { name: 'Chapters' });
  await expect(chapters.getByText('Page 2 of 2')).toBeVisible();
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 53' })).toContainText('Next');
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 52' })).toContainText('(read)');
  await chapters.getByRole('button', { name: /previous/i }).click();
  await expect(chapters.getByText('Page 1 of 2')).toBeVisible();
  await expect(chapters.getByRole('listitem').filter({ hasText: /^Chapter 1\b/ })).toContainText('(read)');
  // back to the search the reader came from, as they left it
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the catalog' })).toHaveValue(
    series.title.replace('Étoile', 'etoile').toLowerCase(),
  );
});

test('on a phone, +1 tapped at the foot of the window stays in sight above the unsaved-changes bar, for a second tap', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Binge Saga '), 20);
  await backend.track(reader.token, series.id, { last_chapter: '12' });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);

  const editor = page.getByRole('form', { name: 'My entry' });
  const plusOne = editor.getByRole('button', { name: '+1: last chapter read 13' });
  await plusOne.scrollIntoViewIfNeeded();
  // the row of +1 just above the sections bar, where the bar of unsaved changes will come up
  const sections = (await page.getByRole('navigation', { name: 'Sections' }).boundingBox())!;
  const row = (await plusOne.boundingBox())!;
  await page.evaluate((by) => window.scrollBy(0, by), row.y + row.height - (sections.y - 8));
  await plusOne.click();

  const field = editor.getByRole('textbox', { name: 'Last chapter read' });
  await expect(field).toHaveValue('13');
  await expect(editor.getByRole('button', { name: 'Discard changes' })).toBeVisible();
  const uncovered = async (name: string) =>
    page.evaluate((label) => {
      const target = [...document.querySelectorAll('button, input')].find((each) => each.getAttribute('aria-label') === label || (each as HTMLInputElement).name === label)!;
      const box = target.getBoundingClientRect();
      return target.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    }, name);
  await expect.poll(() => uncovered('+1: last chapter read 14')).toBe(true);
  expect(await uncovered('last_chapter')).toBe(true);
  // tapped again where it now is: one more chapter
  await editor.getByRole('button', { name: '+1: last chapter read 14' }).click();
  await expect(field).toHaveValue('14');
});

test('on a phone, the chapters read before the next one fold away, and unfold on a tap', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Long Fold Saga '), 60);
  await backend.track(reader.token, series.id, { last_chapter: '45' });
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);

  const chapters = page.getByRole('region', { name: 'Chapters' });
  const show = chapters.getByRole('button', { name: 'Show chapters 1 to 44, already read' });
  await expect(show).toBeVisible();
  // where the reader left off, then the next one, a row apart: not 44 rows down
  const rows = chapters.getByRole('listitem');
  await expect(rows.first()).toContainText('Chapter 45');
  await expect(rows.first()).toContainText('(read)');
  await expect(rows.nth(1)).toContainText('Next');
  const fold = (await show.boundingBox())!;
  expect((await rows.nth(1).boundingBox())!.y - fold.y).toBeLessThan(150);
  await chapters.scrollIntoViewIfNeeded();
  await chapters.screenshot({ path: 'test-results/chapters-folded-phone.png' });

  await show.click();
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('Chapter 1');
  await expect(chapters.getByRole('button', { name: 'Hide chapters 1 to 44' })).toBeFocused();
  await expectAccessible(page);
});

test('a reader catching up marks every chapter up to one as read in one tap, and can undo it', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Catch Up Saga '), 12);
  const entry = await backend.track(reader.token, series.id, { last_chapter: '2', notes: 'kept' });

  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  const chapters = page.getByRole('region', { name: 'Chapters' });
  await expect(chapters.getByText('Read up to chapter 2 · next: chapter 3')).toBeVisible();
  // read chapters have nothing to tap
  await expect(chapters.getByRole('button', { name: 'Mark every chapter up to 2 as read' })).toHaveCount(0);

  await chapters.getByRole('button', { name: 'Mark every chapter up to 9 as read' }).click();

  await expect(chapters.getByText('Read up to chapter 9 · next: chapter 10')).toBeVisible();
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 9' })).toContainText('(read)');
  await expect(page.getByRole('form', { name: 'My entry' }).getByRole('textbox', { name: 'Last chapter read' })).toHaveValue('9');
  expect((await backend.as<{ last_chapter: string; notes: string }>(reader.token, 'get', `/api/progress/${entry.id}/`)))
    .toMatchObject({ last_chapter: '9', notes: 'kept' });

  // Undo from the keyboard, reached past another chapter's mark (the toast gives the focus back there once gone)
  await chapters.getByRole('button', { name: 'Mark every chapter up to 11 as read' }).focus();
  await page.getByRole('listitem').filter({ hasText: 'Read up to chapter 9' }).getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(chapters.getByText('Read up to chapter 2 · next: chapter 3')).toBeVisible();
  // on the next chapter's mark, as after the mark itself: Enter marks it, not chapters up to 11
  await expect(chapters.getByRole('button', { name: 'Mark every chapter up to 3 as read' })).toBeFocused();
  await expect.poll(async () => (await backend.as<{ last_chapter: string }>(reader.token, 'get', `/api/progress/${entry.id}/`)).last_chapter).toBe('2');
});

test('chapters marked read from a series not started count in the statistics, the first ones too', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('First Steps '), 8);
  await backend.track(reader.token, series.id, {});

  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  const chapters = page.getByRole('region', { name: 'Chapters' });
  await chapters.getByRole('button', { name: 'Mark every chapter up to 5 as read' }).click();
  await expect(chapters.getByText('Read up to chapter 5 · next: chapter 6')).toBeVisible();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Stats' }).click();
  const figure = page.locator('.headline > div').filter({ has: page.getByRole('term').filter({ hasText: 'Chapters read' }) });
  await expect(figure.getByRole('definition')).toHaveText('5');
});

test('the series page marks its next chapter read in one tap from its header, and the toast’s Undo takes it back', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Header Tap '), 6);
  const entry = await backend.track(reader.token, series.id, { last_chapter: '2', reading_url: 'https://www.example.org/read/header-tap' });

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  await expect(page.getByRole('link', { name: `Read on example.org, ${series.title}` })).toHaveAttribute('href', 'https://www.example.org/read/header-tap');
  const mark = page.getByRole('button', { name: `Mark ch. 3 read, ${series.title}` });
  // in sight as the page opens on a phone, above the entry's form
  await expect(mark).toBeInViewport();

  await mark.click();

  await expect(page.getByRole('button', { name: `Mark ch. 4 read, ${series.title}` })).toBeVisible();
  await expect(page.getByRole('form', { name: 'My entry' }).getByRole('textbox', { name: 'Last chapter read' })).toHaveValue('3');
  await expect(page.getByRole('region', { name: 'Chapters' }).getByText('Read up to chapter 3 · next: chapter 4')).toBeVisible();
  await screenshot(page, 'series-header-advanced-phone');
  await page.getByRole('listitem').filter({ hasText: `${series.title}: chapter 3 read` }).getByRole('button', { name: 'Undo' }).click();

  await expect(page.getByRole('button', { name: `Mark ch. 3 read, ${series.title}` })).toBeVisible();
  await expect(page.getByRole('form', { name: 'My entry' }).getByRole('textbox', { name: 'Last chapter read' })).toHaveValue('2');
  await expect.poll(async () => (await backend.as<{ last_chapter: string }>(reader.token, 'get', `/api/progress/${entry.id}/`)).last_chapter).toBe('2');
});

test('on a phone, a toast that comes while the entry has unsaved changes leaves its Save above it', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Unsaved Tap '), 6);
  await backend.track(reader.token, series.id, { last_chapter: '2' });

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  await page.getByRole('form', { name: 'My entry' }).getByRole('textbox', { name: 'Score' }).fill('7');
  await page.getByRole('button', { name: `Mark ch. 3 read, ${series.title}` }).click();

  const toast = page.getByRole('listitem').filter({ hasText: `${series.title}: chapter 3 read` });
  await expect(toast).toBeVisible();
  await settled(page);
  const save = await page.getByRole('button', { name: 'Save', exact: true }).boundingBox();
  const toastBox = await toast.boundingBox();
  expect(save!.y + save!.height).toBeLessThanOrEqual(toastBox!.y);
  await page.screenshot({ path: 'test-results/series-unsaved-toast-phone.png' });
});

test('the content page speaks French', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Jardin Secret '), 2, { status: 'completed', release_days: ['wed'] });
  await backend.track(reader.token, series.id, { last_chapter: '1', score: 7.5 });
  await backend.as(reader.token, 'post', `/api/progress/${(await backend.as<{ results: { id: number }[] }>(reader.token, 'get', `/api/progress/?content=${series.id}`)).results[0].id}/advance/`);

  await signIn(page, reader);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto(`/contents/${series.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Mon suivi' })).toBeVisible();
  await expect(page.getByText('Parution')).toBeVisible();
  // the publication's state, in words the reading statuses do not use
  await expect(page.getByText('Achevée', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('mercredi', { exact: true })).toBeVisible();
  // reading the last chapter of a finished series completed the entry
  await expect(page.getByRole('form', { name: 'Mon suivi' }).getByLabel('Statut')).toHaveValue('completed');
  await expect(page.getByRole('form', { name: 'Mon suivi' }).getByLabel('Note sur 10', { exact: true })).toHaveValue('7,5');
  const history = page.getByRole('region', { name: 'Historique' });
  await expect(history.getByRole('listitem').first()).toContainText('Chapitres lus');
  await expect(history.getByRole('listitem').first()).toContainText('Dernier chapitre lu : 1 → 2');
  await expect(history.getByRole('button', { name: 'Annuler la dernière modification' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Chapitres' }).getByText('Lu jusqu’au chapitre 2')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'content-phone-fr');
});

test('on a 360 px phone in French, the next chapter, its date and the chapter pager each keep to one line', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Ligne Claire '), 55);
  await backend.track(reader.token, series.id, { last_chapter: '30' });

  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, reader);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto(`/contents/${series.id}`);
  const chapters = page.getByRole('region', { name: 'Chapitres' });
  const next = chapters.getByRole('listitem').filter({ hasText: 'Prochain' });
  await expect(next).toContainText('Chapitre 31');
  const pager = chapters.getByRole('navigation', { name: /pages/i });
  await expect(pager.getByText('Page 1 sur 2')).toBeVisible();

  // a line of text is about 23 px high here: two lines would be 45 or more
  const oneLine = async (part: Locator) => expect((await part.boundingBox())!.height).toBeLessThan(30);
  await oneLine(next.getByText('Chapitre 31'));
  await oneLine(next.locator('time'));
  await oneLine(pager.getByText('Page 1 sur 2'));
  // Précédent and Suivant beside the page, not above and under it
  expect((await pager.boundingBox())!.height).toBeLessThan(60);
  await expect(pager.getByRole('button', { name: 'Suivant' })).toBeVisible();
});

test('a disabled Save is greyed, not the primary colour faded, in the dark theme and the light one', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Nuit Grise '), 2);
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  await signIn(page, reader);

  await page.goto(`/contents/${series.id}`);
  const editor = page.getByRole('form', { name: 'My entry' });
  const save = editor.getByRole('button', { name: 'Save' });
  const look = (button: Locator) => button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, opacity: style.opacity };
  });
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(save).toBeDisabled();
    const disabled = await look(save);
    await editor.getByLabel('Notes').fill('x');
    await expect(save).toBeEnabled();
    const enabled = await look(save);
    await editor.getByRole('button', { name: 'Discard changes' }).click();

    expect(disabled.background, colorScheme).not.toBe(enabled.background);
    expect(disabled.opacity, colorScheme).toBe('1');
  }
});

/** `YYYY-MM-DD` now in a zone. */
const todayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

/**
 * A zone whose today is not UTC's at this hour: 14 hours ahead is tomorrow from 10:00 UTC on, 11 hours behind is
 * yesterday until 11:00 UTC.
 */
const ELSEWHERE = new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';

test.describe('on a device far from UTC', () => {
  test.use({ timezoneId: ELSEWHERE });

  test('a series started now is started today where the reader is, not on the server’s UTC day', async ({ page, backend }) => {
    const reader = await backend.register();
    const series = await backend.content(unique('Far Shore '), 3);

    await signIn(page, reader);
    await page.goto(`/contents/${series.id}`);
    const before = todayIn(ELSEWHERE);
    await page.getByRole('button', { name: 'Add to my list' }).click();
    const editor = page.getByRole('form', { name: 'My entry' });
    await expect(editor.getByLabel('Status')).toHaveValue('reading');
    // the day the server set: the device's, which the web app sends as Time-Zone
    const started = await editor.getByLabel('Started on').inputValue();
    expect([before, todayIn(ELSEWHERE)]).toContain(started);
    expect(started).not.toBe(todayIn('UTC'));
  });
});

test('a series not tracked opens, even straight from its address, without an error or a warning in the console', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Quiet Series '), 3);
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      logged.push(`${message.type()}: ${message.text()}`);
    }
  });
  await signIn(page, reader);

  await page.goto(`/contents/${series.id}`);
  await expect(page.getByRole('button', { name: 'Add to my list' })).toBeVisible();
  // a screen loaded on demand, opened first
  await page.reload();
  await expect(page.getByRole('button', { name: 'Add to my list' })).toBeVisible();
  await page.getByRole('button', { name: 'Add to my list' }).click();
  await expect(page.getByRole('form', { name: 'My entry' })).toBeVisible();

  expect(logged).toEqual([]);
});

test('a reader keeps a series for later: it is planned, with no start date, under Plan to read', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Later Series '), 3);
  await signIn(page, reader);

  await page.goto(`/contents/${series.id}`);
  await expect(page.getByRole('button', { name: 'Add to my list' })).toBeVisible();
  await page.screenshot({ path: 'test-results/content-not-tracked.png' });
  await page.getByRole('button', { name: 'Plan to read' }).click();
  await expect(page.getByText(`${series.title} added to your list, to read later`)).toBeVisible();
  const editor = page.getByRole('form', { name: 'My entry' });
  await expect(editor.getByLabel('Status')).toHaveValue('plan_to_read');
  await expect(editor.getByLabel('Started on')).toHaveValue('');

  await page.goto('/library?status=plan_to_read');
  await expect(page.getByRole('link', { name: series.title })).toBeVisible();
});

test('the entry’s check boxes sit together on one line on a desktop, not each in a cell of the grid', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Tight Boxes '), 3);
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  await page.setViewportSize(DESKTOP);
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  const editor = page.getByRole('form', { name: 'My entry' });
  const boxes = await Promise.all(
    ['Favorite', 'Rereading', 'Private'].map(async (name) => (await editor.locator('label.toggle', { hasText: name }).boundingBox())!),
  );
  for (let i = 1; i < boxes.length; i++) {
    expect(Math.abs(boxes[i].y - boxes[0].y)).toBeLessThan(2);
    const gap = boxes[i].x - (boxes[i - 1].x + boxes[i - 1].width);
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThanOrEqual(32);
  }
  await editor.screenshot({ path: 'test-results/entry-editor-desktop.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await editor.screenshot({ path: 'test-results/entry-editor-desktop-dark.png' });
});

test('the last chapter’s +1 sits beside its field, however many lines its French label takes', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Beside It '), 3);
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  await signIn(page, reader);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto(`/contents/${series.id}`);
  // a reader's larger text (125 %): "Dernier chapitre lu" wraps in the editor's narrow column at some widths
  await page.addStyleTag({ content: 'html { font-size: 125%; }' });
  const editor = page.getByRole('form', { name: 'Mon suivi' });
  for (let width = 360; width <= 1400; width += 40) {
    await page.setViewportSize({ width, height: 900 });
    // measured once the page has settled: at 1,120 px the sections move into the top bar a frame after the resize
    await expect(async () => {
      const field = (await editor.getByLabel('Dernier chapitre lu', { exact: true }).boundingBox())!;
      const plusOne = (await editor.getByRole('button', { name: /^\+1/ }).boundingBox())!;
      // its margin once assumed a label of one line, and a wrapped label left it above the field
      expect(Math.abs(plusOne.y - field.y), `${width} px`).toBeLessThan(2);
      expect(Math.abs(plusOne.height - field.height), `${width} px`).toBeLessThan(2);
      expect(plusOne.x, `${width} px`).toBeGreaterThan(field.x + field.width);
    }).toPass({ timeout: 2_000 });
  }
});

test('asked to remove the series, the entry card shows one Cancel, even with changes not saved', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('One Cancel '), 3);
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  const editor = page.getByRole('form', { name: 'My entry' });
  const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  // nothing to drop yet: no button for it
  await expect(editor.getByRole('button', { name: 'Discard changes' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove from my list' }).click();
  await expect(cancel).toBeFocused();
  await expect(cancel).toHaveCount(1);
  await page.getByRole('button', { name: 'Yes, remove it' }).screenshot({ path: 'test-results/remove-entry-phone.png' });
  await cancel.click();

  await editor.getByLabel('Notes').fill('halfway');
  await page.getByRole('button', { name: 'Remove from my list' }).click();
  await expect(page.getByRole('button', { name: 'Yes, remove it' })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Discard changes' })).toBeVisible();
  await expect(cancel).toHaveCount(1);
  await page.screenshot({ path: 'test-results/remove-entry-unsaved-phone.png' });
});

test('in the history, what was done starts every row at the same place, with its time under it, on a phone and a desktop', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Aligned History '), 4);
  const entry = await backend.track(reader.token, series.id, { last_chapter: '1' });
  await backend.as(reader.token, 'patch', `/api/progress/${entry.id}/`, { score: 7 });
  await backend.as(reader.token, 'post', `/api/progress/${entry.id}/advance/`);
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, reader);
  for (const language of ['en', 'fr']) {
    await page.evaluate((code) => localStorage.setItem('readtrack.language', code), language);
    await page.goto(`/contents/${series.id}`);
    const history = page.locator('.history');
    await expect(history.locator('.timeline > li')).toHaveCount(3);
    for (const viewport of [{ width: 360, height: 780 }, DESKTOP]) {
      await page.setViewportSize(viewport);
      const rows = await history.locator('.history-head').evaluateAll((heads) =>
        heads.map((head) => ({
          action: head.querySelector('strong')!.getBoundingClientRect().toJSON() as DOMRect,
          time: head.querySelector('time')!.getBoundingClientRect().toJSON() as DOMRect,
        })),
      );
      for (const row of rows) {
        expect(Math.abs(row.action.left - rows[0].action.left), language).toBeLessThan(1);
        expect(row.time.top, language).toBeGreaterThanOrEqual(row.action.bottom - 1);
      }
      await history.screenshot({ path: `test-results/history-${language}-${viewport.width}.png` });
    }
  }
});

test('the chapters’ marks start where the card’s text does, and a reader who does not track the series gets no empty column', async ({ page, browser, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Gutterless '), 4);
  await backend.track(reader.token, series.id, { last_chapter: '2' });
  const stranger = await backend.register();
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, reader);
  await page.goto(`/contents/${series.id}`);
  const chapters = page.getByRole('region', { name: 'Chapters' });
  await expect(chapters.getByRole('listitem')).toHaveCount(4);
  const headingLeft = (await chapters.getByRole('heading', { name: 'Chapters' }).boundingBox())!.x;
  for (const mark of await chapters.locator('.chapter-mark svg').all()) {
    expect(Math.abs((await mark.boundingBox())!.x - headingLeft)).toBeLessThan(3);
  }
  // the tap target stays 40 px wide, inside the card
  const button = (await chapters.getByRole('button', { name: 'Mark every chapter up to 3 as read' }).boundingBox())!;
  expect(button.width).toBeGreaterThanOrEqual(40);
  expect(button.x).toBeGreaterThanOrEqual((await chapters.boundingBox())!.x);
  await chapters.screenshot({ path: 'test-results/chapters-tracked-phone.png' });

  const other = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-GB', viewport: { width: 360, height: 780 } })
  ).newPage();
  await signIn(other, stranger);
  await other.goto(`/contents/${series.id}`);
  const untracked = other.getByRole('region', { name: 'Chapters' });
  await expect(untracked.getByRole('listitem')).toHaveCount(4);
  for (const name of await untracked.locator('.chapter-name').all()) {
    expect(Math.abs((await name.boundingBox())!.x - headingLeft)).toBeLessThan(2);
  }
  await untracked.screenshot({ path: 'test-results/chapters-untracked-phone.png' });
  await other.context().close();
});
