import type { Page } from '@playwright/test';
import { expect, expectAccessible, settled, signIn, test, unique } from './fixtures';

/** The library's entries (toasts are list items too). */
const entries = (page: Page) => page.getByRole('list', { name: 'Entries' }).getByRole('listitem');

test('a reader reads the next chapter in one tap, undoes it, and the tabs count each status', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Solo Climb '), 5);
  const paused = await backend.content(unique('Paused Tale '), 2);
  await backend.track(reader.token, series.id, { last_chapter: '2', favorite: true, tags: ['action'] });
  await backend.track(reader.token, paused.id, { status: 'on_hold' });
  const dropped = await backend.content(unique('Dropped Saga '), 2);
  await backend.track(reader.token, dropped.id, { status: 'dropped' });

  await signIn(page, reader);
  const card = entries(page).filter({ hasText: series.title });
  await expect(card.getByText('Chapter 2')).toBeVisible();
  await expect(card.getByText('3 unread')).toBeVisible();
  await expect(page.getByRole('link', { name: /Reading\s*1/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: /On hold\s*1/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/library-phone.png', fullPage: true });

  await card.getByRole('button', { name: `Mark ch. 3 read, ${series.title}` }).click();
  await expect(card.getByText('Chapter 3')).toBeVisible();
  await expect(card.getByText('2 unread')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card.getByText('Chapter 2')).toBeVisible();
  await expect(card.getByText('3 unread')).toBeVisible();

  // the other tab holds the paused series, and the address keeps the choice across a reload
  await page.getByRole('link', { name: /On hold/ }).click();
  await expect(page).toHaveURL(/status=on_hold/);
  await page.reload();
  await expect(entries(page).filter({ hasText: paused.title })).toBeVisible();
  await expect(entries(page).filter({ hasText: series.title })).toHaveCount(0);
  // a followed series' unread chapters stand out; a dropped one's are only counted
  const loud = await entries(page).filter({ hasText: paused.title }).getByText('2 unread')
    .evaluate((badge) => getComputedStyle(badge).backgroundColor);
  await page.getByRole('link', { name: /Dropped/ }).click();
  await expect(entries(page).filter({ hasText: dropped.title }).getByText('2 unread')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  expect(loud).not.toBe('rgba(0, 0, 0, 0)');
  // an empty tab has no Select beside the title, and its tabs stay where they were: under the thumb for the next
  const tabs = page.getByRole('navigation', { name: 'Statuses' });
  const before = (await tabs.boundingBox())!.y;
  await page.getByRole('link', { name: /Plan to read/ }).click();
  await expect(page.getByRole('button', { name: 'Select' })).toHaveCount(0);
  expect((await tabs.boundingBox())!.y).toBe(before);
});

test('a card stays where it is after a tap, so that a second tap at the same spot reads the same series', async ({ page, backend }) => {
  const reader = await backend.register();
  const older = await backend.content(unique('Older Tale '), 6);
  const newer = await backend.content(unique('Newer Tale '), 6);
  await backend.track(reader.token, older.id, { last_chapter: '1' });
  await backend.track(reader.token, newer.id, { last_chapter: '1' });

  await signIn(page, reader);
  // the most recently changed first
  await expect(entries(page).first()).toContainText(newer.title);
  const second = entries(page).nth(1);
  await second.getByRole('button', { name: `Mark ch. 2 read, ${older.title}` }).click();
  await expect(second.getByText('Chapter 2', { exact: true })).toBeVisible();
  await second.getByRole('button', { name: `Mark ch. 3 read, ${older.title}` }).click();
  await expect(second.getByText('Chapter 3', { exact: true })).toBeVisible();
  // the second tap's toast takes the place of the first's, whose Undo would undo what is no longer the last
  await expect(page.getByText(`${older.title}: chapter 3 read`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(1);
  // in the app's colours, not sonner's black
  const primary = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.background = 'var(--primary)';
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCSS('background-color', primary);
  await expect(entries(page).first()).toContainText(newer.title);
  await expect(entries(page).first().getByText('Chapter 1', { exact: true })).toBeVisible();

  // a reader catching up taps three times in a row, without waiting for the card: three chapters
  const advance = second.locator('button.advance');
  for (let taps = 0; taps < 3; taps++) {
    await advance.click();
  }
  await expect(second.getByText('Chapter 6', { exact: true })).toBeVisible();
  // one toast for the taps made before the first was answered (how many depends on the server's speed)
  await expect(page.getByText(new RegExp(`${older.title}: (chapter 6 read|[23] chapters read, up to chapter 6)`))).toBeVisible();
  await expect(second.getByText(/sending|waiting to sync/i)).toHaveCount(0);

  // shown again, the list is in its order: the series just read first
  await page.reload();
  await expect(entries(page).first()).toContainText(older.title);
});

test('Undo pressed from the keyboard puts the focus back on the series it undid, not on the one tabbed past to reach it', async ({ page, backend }) => {
  const reader = await backend.register();
  const older = await backend.content(unique('Keyed Older '), 6);
  const newer = await backend.content(unique('Keyed Newer '), 6);
  await backend.track(reader.token, older.id, { last_chapter: '1' });
  await backend.track(reader.token, newer.id, { last_chapter: '1' });
  await signIn(page, reader);

  await page.getByRole('button', { name: `Mark ch. 2 read, ${newer.title}` }).press('Enter');
  await expect(page.getByText(`${newer.title}: chapter 2 read`)).toBeVisible();
  // on the way to the toast, the other series' button held the focus last: the toast gives it back there
  await page.getByRole('button', { name: `Mark ch. 2 read, ${older.title}` }).focus();
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.focus();
  // its focus ring shows, as every other control's
  await expect(undo).toHaveCSS('outline-style', 'solid');
  await undo.press('Enter');

  await expect(page.getByText(`${newer.title}: back to chapter 1`)).toBeVisible();
  // Enter again reads the undone series' chapter, not the other one's
  await expect(page.getByRole('button', { name: `Mark ch. 2 read, ${newer.title}` })).toBeFocused();
  await expect.poll(async () => (await backend.as<{ results: { last_chapter: string }[] }>(reader.token, 'get', `/api/progress/?content=${older.id}`)).results[0]?.last_chapter).toBe('1');
});

test('searching and the unread filter narrow the list', async ({ page, backend }) => {
  const reader = await backend.register();
  const caughtUp = await backend.content(unique('Quiet Garden '), 1);
  const behind = await backend.content(unique('Loud Harbour '), 3);
  await backend.track(reader.token, caughtUp.id, { last_chapter: '1' });
  await backend.track(reader.token, behind.id, { last_chapter: '1' });

  await signIn(page, reader);
  await expect(entries(page).filter({ hasText: caughtUp.title })).toBeVisible();
  const unreadOnly = page.getByRole('button', { name: 'Unread only' });
  await unreadOnly.click();
  await expect(unreadOnly).toHaveAttribute('aria-pressed', 'true');
  await expect(entries(page).filter({ hasText: caughtUp.title })).toHaveCount(0);
  await expect(entries(page).filter({ hasText: behind.title })).toBeVisible();
  await page.reload();
  await expect(unreadOnly).toHaveAttribute('aria-pressed', 'true');
  await expect(entries(page).filter({ hasText: caughtUp.title })).toHaveCount(0);

  await unreadOnly.click();
  await expect(unreadOnly).toHaveAttribute('aria-pressed', 'false');
  await expect(entries(page).filter({ hasText: caughtUp.title })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search my library' }).fill('quiet garden');
  await expect(entries(page).filter({ hasText: behind.title })).toHaveCount(0);
  await expect(entries(page).filter({ hasText: caughtUp.title })).toBeVisible();
  // said to a screen reader as well as shown
  await expect(page.getByRole('status').filter({ hasText: '1 entry matches' })).toBeAttached();

  // nothing matches: the way out is to drop the search and the filter, not to go to the catalog
  await unreadOnly.click();
  await expect(page.getByText('No entry matches.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No entry matches' })).toBeAttached();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search my library' })).toHaveValue('');
  // the button pressed is gone: the focus is on the search, not fallen to the page's top
  await expect(page.getByRole('searchbox', { name: 'Search my library' })).toBeFocused();
  await expect(unreadOnly).toHaveAttribute('aria-pressed', 'false');
  await expect(entries(page).filter({ hasText: behind.title })).toBeVisible();
  await expect(page).not.toHaveURL(/search=|unread=/);
});

test('after a last chapter that is no number, with nothing after it, no next chapter is offered', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Short Story '), 0);
  const numbered = await backend.content(unique('Long Story '), 0);
  await backend.track(reader.token, series.id, { last_chapter: 'Epilogue' });
  await backend.track(reader.token, numbered.id, { last_chapter: '12' });
  await signIn(page, reader);
  const card = entries(page).filter({ hasText: series.title });
  await expect(card.getByText('Chapter Epilogue', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: /^\+1 chapter, / })).toHaveCount(0);
  // a number goes on by one, beyond the catalog's chapters
  await expect(entries(page).filter({ hasText: numbered.title }).getByRole('button', { name: `+1 chapter, ${numbered.title}` })).toBeVisible();
});

test('tapping a tag shows only the entries with that tag, and the tag picker changes or clears it', async ({ page, backend }) => {
  const reader = await backend.register();
  const tagged = await backend.content(unique('Tagged Saga '), 2);
  const other = await backend.content(unique('Plain Saga '), 2);
  await backend.track(reader.token, tagged.id, { tags: ['Isekai'] });
  await backend.track(reader.token, other.id, { tags: ['romance'] });

  await signIn(page, reader);
  await entries(page).filter({ hasText: tagged.title }).getByRole('button', { name: 'Show only entries tagged Isekai' }).click();
  await expect(page).toHaveURL(/tag=Isekai/);
  await expect(entries(page).filter({ hasText: other.title })).toHaveCount(0);
  await expect(entries(page).filter({ hasText: tagged.title })).toBeVisible();

  // the picker says which tag, and takes it off, or picks another, without a card that has it
  const picker = page.getByRole('combobox', { name: 'Tag' });
  await expect(picker).toHaveValue('Isekai');
  await expect(picker).toBeFocused();
  await picker.selectOption({ label: 'romance' });
  await expect(entries(page).filter({ hasText: tagged.title })).toHaveCount(0);
  await expect(entries(page).filter({ hasText: other.title })).toBeVisible();
  await picker.selectOption({ label: 'Every tag' });
  await expect(page).not.toHaveURL(/tag=/);
  await expect(entries(page).filter({ hasText: tagged.title })).toBeVisible();
  await expect(entries(page).filter({ hasText: other.title })).toBeVisible();
});

test.describe('on a small phone (360 × 640)', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the library fits the screen and every control is reachable', async ({ page, backend }) => {
    const reader = await backend.register();
    const series = await backend.content(unique('A Rather Long Title For A Supercalifragilisticexpialidociousness '), 3);
    await backend.track(reader.token, series.id, { last_chapter: '1', tags: ['long'] });

    await signIn(page, reader);
    const card = entries(page).filter({ hasText: series.title });
    await expect(card).toBeVisible();
    // nothing wider than the screen: no sideways scrolling of the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const button = card.getByRole('button', { name: /^Mark ch\. 2 read/ });
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    // the statuses, the search and the filters leave the first entry and its button on the first screen
    const sectionsBar = await page.getByRole('navigation', { name: 'Sections' }).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(sectionsBar!.y);
    await button.click();
    await expect(card.getByText('Chapter 2', { exact: true })).toBeVisible();
    // the toast that offers the undo sits above the sections bar, which stays usable
    const toast = page.getByRole('listitem').filter({ hasText: `${series.title}: chapter 2 read` });
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeVisible();
    await settled(page);
    const sections = await page.getByRole('navigation', { name: 'Sections' }).boundingBox();
    const toastBox = await toast.boundingBox();
    expect(toastBox!.y + toastBox!.height).toBeLessThanOrEqual(sections!.y);
    await page.screenshot({ path: 'test-results/library-360.png' });
  });
});

test.describe('on a phone, a toast and the cards', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the toast leaves the card just used in sight, every card can be scrolled above it, and Undo stays reachable', async ({ page, backend }) => {
    const reader = await backend.register();
    for (const name of ['Amber ', 'Birch ', 'Cedar ', 'Dune ']) {
      const series = await backend.content(unique(name), 5);
      await backend.track(reader.token, series.id, { last_chapter: '1' });
    }
    await signIn(page, reader);
    await expect(entries(page)).toHaveCount(4);
    const sectionsTop = async () => (await page.getByRole('navigation', { name: 'Sections' }).boundingBox())!.y;
    // a card's button just above the sections bar, where the toast lands
    const card = entries(page).nth(2);
    const button = card.getByRole('button', { name: /^Mark ch\. 2 read/ });
    const top = await sectionsTop();
    await button.evaluate((element, bottom) => window.scrollBy(0, element.getBoundingClientRect().bottom - bottom + 4), top);
    await button.click();
    await expect(card.getByText('Chapter 2', { exact: true })).toBeVisible();
    const toast = page.locator('[data-sonner-toast]');
    const undo = toast.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeVisible();
    await settled(page);
    // scrolled up (smoothly) just enough
    const used = card.getByRole('button', { name: /^Mark ch\. 3 read/ });
    const clearance = async () => {
      const box = (await used.boundingBox())!;
      return (await toast.boundingBox())!.y - (box.y + box.height);
    };
    await expect.poll(clearance).toBeGreaterThanOrEqual(0);
    expect(await clearance()).toBeLessThan(60);
    await page.screenshot({ path: 'test-results/library-toast-360.png' });

    // the last card too, scrolled to the end of the page, comes out above the toast
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await settled(page);
    const last = (await entries(page).last().getByRole('button', { name: /^Mark ch\. \d+ read/ }).boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual((await toast.boundingBox())!.y);
    await page.screenshot({ path: 'test-results/library-toast-360-end.png' });

    await undo.click();
    await expect(card.getByText('Chapter 1', { exact: true })).toBeVisible();
  });
});

test('a search that finds nothing in the open list says which other lists have the series', async ({ page, backend }) => {
  const reader = await backend.register();
  const finished = await backend.content(unique('Hollow Crown '), 3);
  const current = await backend.content(unique('Bright Road '), 3);
  await backend.track(reader.token, finished.id, { status: 'completed', last_chapter: '3' });
  await backend.track(reader.token, current.id, { last_chapter: '1' });

  await signIn(page, reader);
  await page.getByRole('searchbox', { name: 'Search my library' }).fill('hollow');
  await expect(page.getByText('No entry matches.')).toBeVisible();
  const hint = page.getByRole('status').filter({ hasText: 'Also in:' });
  await expect(hint).toHaveText('Also in: Completed (1)');
  await page.screenshot({ path: 'test-results/library-search-elsewhere.png' });

  await hint.getByRole('link', { name: 'Completed (1)' }).click();
  await expect(page).toHaveURL(/status=completed/);
  await expect(entries(page).filter({ hasText: finished.title })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search my library' })).toHaveValue('hollow');
  // found in the open list: nothing to point elsewhere
  await expect(page.getByText('Also in:')).toHaveCount(0);
});

test('library cards: buttons lined up on a desktop, the reading link names its site, tags compact on a phone', async ({ page, backend }) => {
  const reader = await backend.register();
  const long = await backend.content(unique('Long Road '), 12);
  const short = await backend.content(unique('Short Walk '), 3);
  await backend.track(reader.token, long.id, { last_chapter: '10', reading_url: 'https://mangaplus.shueisha.co.jp/titles/1', tags: ['pirates', 'weekly'] });
  await backend.track(reader.token, short.id, { last_chapter: '1' });

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, reader);
  const longCard = entries(page).filter({ hasText: long.title });
  const shortCard = entries(page).filter({ hasText: short.title });
  const readLink = longCard.getByRole('link', { name: `Read on mangaplus.shueisha.co.jp, ${long.title}` });
  await expect(readLink).toBeVisible();
  // one line, inside its column: a long address once broke mid-word over three lines
  expect((await readLink.boundingBox())!.height).toBeLessThanOrEqual(44);
  const longButton = (await longCard.getByRole('button', { name: /^Mark ch\. 11 read/ }).boundingBox())!;
  const shortButton = (await shortCard.getByRole('button', { name: /^Mark ch\. 2 read/ }).boundingBox())!;
  expect(Math.abs(longButton.x - shortButton.x)).toBeLessThan(1);
  expect(Math.abs(longButton.width - shortButton.width)).toBeLessThan(1);

  await page.setViewportSize({ width: 360, height: 780 });
  // on a phone, an icon beside the button, its site still its name: a card no taller than its cover and one row
  await expect(readLink).toBeVisible();
  expect((await longCard.getByText('Read on mangaplus.shueisha.co.jp').boundingBox())!.width).toBeLessThanOrEqual(1);
  const icon = (await readLink.boundingBox())!;
  const button = (await longCard.getByRole('button', { name: /^Mark ch\. 11 read/ }).boundingBox())!;
  expect(icon.height).toBeLessThanOrEqual(46);
  expect(icon.width).toBeLessThanOrEqual(46);
  expect(Math.abs(icon.y + icon.height / 2 - (button.y + button.height / 2))).toBeLessThan(2);
  expect(icon.x).toBeGreaterThan(button.x + button.width);
  // at the card's right edge, whatever the chapter: the icons line up down the list
  const card = (await longCard.boundingBox())!;
  expect(card.x + card.width - (icon.x + icon.width)).toBeLessThan(16);
  // a third shorter than with the link on a line of its own (about 145 px beyond the title), whatever the title's lines
  const title = (await longCard.getByRole('heading').boundingBox())!;
  const tags = (await longCard.getByRole('list', { name: 'Tags' }).boundingBox())!;
  expect(card.height - title.height - tags.height).toBeLessThan(110);
  await page.screenshot({ path: 'test-results/library-cards-phone.png' });
  const tag = longCard.getByRole('button', { name: 'Show only entries tagged pirates' });
  const height = (await tag.boundingBox())!.height;
  expect(height).toBeLessThanOrEqual(32);
  expect(height).toBeGreaterThanOrEqual(24);
});

test('a reader selects several series and moves, tags or removes them together', async ({ page, backend }) => {
  const reader = await backend.register();
  const first = await backend.content(unique('Harbor Lights '), 3);
  const second = await backend.content(unique('Ember Road '), 3);
  const third = await backend.content(unique('Quiet Tides '), 3);
  for (const series of [first, second, third]) {
    await backend.track(reader.token, series.id, { last_chapter: '1' });
  }

  await signIn(page, reader);
  await expect(entries(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  // ticking a card marks no chapter: its button is gone while picking
  await expect(page.getByRole('button', { name: /^Mark ch\./ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: `Select ${first.title}` }).check();
  // a tap anywhere on a card ticks it, its title too: no series opens, the selection stays
  // (forced: the tap lands on the layer that covers the title, which is the point)
  await entries(page).filter({ hasText: second.title }).getByRole('link', { name: second.title }).click({ force: true });
  await expect(page.getByRole('checkbox', { name: `Select ${second.title}` })).toBeChecked();
  await expect(page).toHaveURL(/\/library/);
  const bar = page.getByRole('region', { name: 'Change the selected series' });
  await expect(bar.getByText('2 selected')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/library-selection-phone.png' });

  await bar.getByRole('combobox', { name: 'Move the 2 selected to' }).selectOption('Completed');
  // chosen first, then moved: a select goes through its choices at each arrow key
  await expect(entries(page)).toHaveCount(3);
  await bar.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText('2 series moved to Completed')).toBeVisible();
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page)).toContainText(third.title);
  await expect(page.getByRole('link', { name: /Completed\s*2/ })).toBeVisible();
  // the list leaves selection, the focus back where it started
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Select', exact: true })).toBeFocused();

  // one Undo takes back each entry's move
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone for 2 series')).toBeVisible();
  await expect(entries(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await bar.getByRole('checkbox', { name: 'Select the 3 shown' }).check();
  await bar.getByRole('button', { name: 'Edit tags' }).click();
  await bar.getByLabel('Tag to add', { exact: true }).fill('weekly');
  await bar.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Tag “weekly” added to 3 series')).toBeVisible();
  await expect(entries(page).getByRole('button', { name: 'Show only entries tagged weekly' })).toHaveCount(3);

  // renamed: the new tag added, the old one taken off, from the selection's own tags
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await bar.getByRole('checkbox', { name: 'Select the 3 shown' }).check();
  await bar.getByRole('button', { name: 'Edit tags' }).click();
  await bar.getByLabel('Tag to add', { exact: true }).fill('Weekly Jump');
  await bar.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Tag “Weekly Jump” added to 3 series')).toBeVisible();
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await bar.getByRole('checkbox', { name: 'Select the 3 shown' }).check();
  await bar.getByRole('button', { name: 'Edit tags' }).click();
  await bar.getByRole('button', { name: 'Remove the tag “weekly” from the selected series' }).click();
  await expect(page.getByText('Tag “weekly” removed from 3 series')).toBeVisible();
  await expect(entries(page).getByRole('button', { name: 'Show only entries tagged weekly', exact: true })).toHaveCount(0);
  await expect(entries(page).getByRole('button', { name: 'Show only entries tagged Weekly Jump' })).toHaveCount(3);

  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await page.getByRole('checkbox', { name: `Select ${third.title}` }).check();
  // no question first: the series leaves the list at once, and its toast offers an Undo
  await bar.getByRole('button', { name: 'Remove' }).click();
  const removedToast = page.locator('[data-sonner-toast]').filter({ hasText: '1 series removed from your list' });
  await expect(removedToast).toBeVisible();
  // the cards alone: each card's tags are list items too
  const cards = page.getByRole('list', { name: 'Entries' }).locator('> li');
  await expect(cards).toHaveCount(2);
  await expect(entries(page).filter({ hasText: third.title })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/library-after-bulk-phone.png' });
  await removedToast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('1 series back in your list')).toBeVisible();
  await expect(cards).toHaveCount(3);

  // removed again, and the page left within the Undo's seconds: the removal goes ahead as the page goes
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await page.getByRole('checkbox', { name: `Select ${third.title}` }).check();
  await bar.getByRole('button', { name: 'Remove' }).click();
  await expect(cards).toHaveCount(2);
  await page.reload();
  await expect
    .poll(async () => (await backend.as<{ count: number }>(reader.token, 'get', '/api/progress/')).count)
    .toBe(2);
  await page.reload();
  await expect(cards).toHaveCount(2);
  await expect(entries(page).filter({ hasText: third.title })).toHaveCount(0);
});
