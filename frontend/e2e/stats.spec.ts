import type { Page } from '@playwright/test';
import { barPixels, expect, expectAccessible, signIn, test, unique } from './fixtures';

const today = new Date().toISOString().slice(0, 10);
const longDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`));

test('the statistics show what the reader did: chapters read, statuses, scores and categories', async ({ page, backend }) => {
  test.slow(); // much to set up
  const reader = await backend.register();
  const favourite = await backend.content(unique('Bright Tower '), 6);
  const paused = await backend.content(unique('Slow River '), 3);
  const someday = await backend.content(unique('Far Island '), 2);
  const entry = await backend.track(reader.token, favourite.id, { score: 8, favorite: true });
  await backend.track(reader.token, paused.id, { status: 'on_hold', score: 6 });
  await backend.track(reader.token, someday.id, { status: 'plan_to_read' });
  for (let times = 0; times < 2; times++) {
    await backend.as(reader.token, 'post', `/api/progress/${entry.id}/advance/`);
  }

  // the third chapter read in the library; the statistics then count it without a reload
  const charts: string[] = [];
  page.on('request', (request) => {
    if (/BarChart-[\w-]+\.js$/.test(request.url())) {
      charts.push(request.url());
    }
  });
  // the library's counts are read before the tap but answer after it, as on a slow connection: the statistics
  // must still be read again (they kept the first answer, from before the tap, and showed 2 chapters)
  let countsHeld = false;
  await page.route('**/api/stats/me', async (route) => {
    const response = await route.fetch();
    if (!countsHeld) {
      countsHeld = true;
      await new Promise((later) => setTimeout(later, 1500));
    }
    await route.fulfill({ response });
  });
  await signIn(page, reader);
  await page.getByRole('button', { name: `Mark ch. 3 read, ${favourite.title}` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: favourite.title }).getByText('Chapter 3', { exact: true })).toBeVisible();
  expect(charts, 'the library does not load the charts').toEqual([]);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Stats' }).click();

  await expect(page.getByRole('heading', { name: 'My statistics', level: 1 })).toBeVisible();
  const figure = (name: string) => page.locator('.headline > div').filter({ has: page.getByRole('term').filter({ hasText: name }) });
  await expect(figure('Series in my list').getByRole('definition')).toHaveText('3');
  await expect(figure('Chapters read').getByRole('definition')).toHaveText('3');
  // what is counted is said under the tiles, which stay of one height
  await expect(page.getByText('Chapters read: those marked as read here.', { exact: false })).toBeVisible();
  const heights = await page.locator('.headline > div').evaluateAll((tiles) => tiles.map((tile) => tile.getBoundingClientRect().height));
  expect(new Set(heights).size, `tile heights ${heights}`).toBe(1);
  await expect(figure('Mean score').getByRole('definition')).toHaveText('7');
  await expect(figure('Favorites').getByRole('definition')).toHaveText('1');

  const statuses = page.getByRole('list', { name: 'By status' });
  await expect(statuses.getByRole('listitem').filter({ hasText: 'Reading' })).toContainText('1');
  await expect(statuses.getByRole('listitem').filter({ hasText: 'On hold' })).toContainText('1');
  await expect(statuses.getByRole('listitem').filter({ hasText: 'Plan to read' })).toContainText('1');
  await expect(statuses.getByRole('listitem').filter({ hasText: 'Completed' })).toContainText('0');

  // the chart, its summary, and the same data as a table for screen readers
  const activity = page.getByRole('figure', { name: /3 chapters read in the last 26 weeks/ });
  await expect(activity).toContainText('Best week: 3 chapters');
  await expect.poll(() => barPixels(activity, 'primary'), { message: 'the bars are drawn' }).toBeGreaterThan(0);
  expect(charts.length, 'the statistics load the charts').toBeGreaterThan(0);
  const weeks = activity.getByRole('table', { name: 'Chapters read' });
  await expect(weeks.getByRole('row')).toHaveCount(27);
  await expect(weeks.getByRole('row').last()).toContainText('3');
  await page.getByRole('button', { name: 'By day' }).click();
  await expect(page.getByRole('button', { name: 'By day' })).toHaveAttribute('aria-pressed', 'true');
  const byDay = page.getByRole('figure', { name: /3 chapters read in the last 30 days/ });
  await expect(byDay).toContainText(`Best day: 3 chapters, on ${longDate('en-GB')}.`);
  await expect(byDay.getByRole('row').last()).toHaveText(`${longDate('en-GB')}3`);

  const scores = page.getByRole('figure', { name: '2 scored series, from 6 to 8.' });
  await expect(scores.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '8', exact: true }) })).toContainText('1');
  await expect(scores.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '6', exact: true }) })).toContainText('1');

  const categories = page.getByRole('list', { name: 'By category' });
  await expect(categories.getByRole('listitem')).toHaveCount(3);
  // a chart further down is drawn once the reader scrolls to it
  await scrollThroughCharts(page);
  await expect.poll(() => barPixels(scores, 'accent')).toBeGreaterThan(0);

  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/stats-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'By week' }).click();
  await expect.poll(() => barPixels(activity, 'primary')).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/stats-desktop.png', fullPage: true });
  // a canvas does not follow the style sheet: the bars are painted again in the dark theme's own colour
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => barPixels(activity, 'primary'), { message: 'the bars in the dark colour' }).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/stats-desktop-dark.png', fullPage: true });

  // a status leads to its tab of the library
  await statuses.getByRole('link', { name: 'On hold' }).click();
  await expect(page).toHaveURL(/\/library\?status=on_hold$/);
});

test('a reader with nothing yet is told how the statistics fill in', async ({ page, backend }) => {
  test.slow(); // the shared machine is slow to sign in at times
  const reader = await backend.register();
  await signIn(page, reader);
  await page.goto('/stats');
  await expect(page.getByText('Your statistics fill in as you read.', { exact: false })).toBeVisible();
  await expect(page.locator('.headline > div').filter({ hasText: 'Mean score' }).getByRole('definition')).toHaveText('—');
  await expect(page.getByRole('figure')).toHaveCount(0);
  await expectAccessible(page);
});

test('the statistics speak French', async ({ page, backend }) => {
  test.slow();
  const reader = await backend.register();
  const series = await backend.content(unique('Tour Claire '), 4);
  const entry = await backend.track(reader.token, series.id, { score: 7.5 });
  await backend.as(reader.token, 'post', `/api/progress/${entry.id}/advance/`);
  await signIn(page, reader);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto('/stats');
  await expect(page.getByRole('heading', { name: 'Mes statistiques', level: 1 })).toBeVisible();
  await expect(page.locator('.headline > div').filter({ hasText: 'Note moyenne' }).getByRole('definition')).toHaveText('7,5');
  await expect(page.getByRole('figure', { name: /1 chapitre lu sur les 26 dernières semaines/ })).toBeVisible();
  await page.getByRole('button', { name: 'Par jour' }).click();
  await expect(page.getByRole('figure', { name: /1 chapitre lu sur les 30 derniers jours/ })).toContainText(`Meilleur jour : 1 chapitre, le ${longDate('fr')}.`);
  await expect(page.getByRole('figure', { name: '1 série notée : 7,5.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Par statut' }).getByRole('listitem').filter({ hasText: 'En cours' })).toContainText('1');
  await scrollThroughCharts(page);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/stats-fr-phone.png', fullPage: true });
});

/** As a reader scrolling down: each chart is drawn as it comes near; then back to the top, for the screenshots. */
async function scrollThroughCharts(page: Page) {
  for (const chart of await page.locator('.chart-area').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('canvas')).toBeAttached();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0); // no chart tooltip left open
}
