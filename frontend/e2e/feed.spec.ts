import { expect, expectAccessible, signIn, test, unique, type Backend } from './fixtures';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 86_400_000;
// the browser runs in UTC (playwright.config.ts), like the server
const now = new Date();
const today = WEEKDAYS[now.getUTCDay()];
const otherDay = WEEKDAYS[(now.getUTCDay() + 3) % 7];
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);

/** A content with the given chapters, each released on its date (`null`: no release date). */
async function contentWithChapters(backend: Backend, title: string, chapters: (string | null)[], extra: Record<string, unknown> = {}) {
  const content = await backend.content(title, 0, extra);
  for (const [index, release_date] of chapters.entries()) {
    await backend.asAdmin('post', '/api/chapters/', { content: content.id, chapter_number: String(index + 1), release_date });
  }
  return content;
}

function dateHeading(date: string, locale: string) {
  const sameYear = date.slice(0, 4) === now.toISOString().slice(0, 4);
  const text = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

test('the feed shows what releases today, reads its next chapter in one tap, and lists new chapters by day', async ({ page, backend }) => {
  test.slow(); // much to set up
  const reader = await backend.register();
  const weekly = await contentWithChapters(backend, unique('Monday Lantern '), [daysAgo(14), daysAgo(1), daysAgo(0)], { release_days: [today] });
  const elsewhen = await contentWithChapters(backend, unique('Other Day Tale '), [daysAgo(10), daysAgo(0)], { release_days: [otherDay] });
  const planned = await contentWithChapters(backend, unique('Someday Saga '), [daysAgo(0)], { release_days: [today] });
  await backend.track(reader.token, weekly.id, { last_chapter: '1' });
  await backend.track(reader.token, elsewhen.id, { last_chapter: '2', status: 'on_hold' });
  await backend.track(reader.token, planned.id, { status: 'plan_to_read' });

  await signIn(page, reader);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'New' }).click();
  await expect(page.getByRole('heading', { name: 'New chapters', level: 1 })).toBeVisible();

  // releasing today: the series read that come out today, not the others, not the planned one
  const releasing = page.getByRole('list', { name: 'Series releasing today' });
  const card = releasing.getByRole('listitem').filter({ hasText: weekly.title });
  await expect(card.getByText('Chapter 1')).toBeVisible();
  await expect(card.getByText('2 unread')).toBeVisible();
  await expect(releasing.getByText(elsewhen.title)).toHaveCount(0);
  await expect(releasing.getByText(planned.title)).toHaveCount(0);

  // the chapters by day, newest first; unread ones say so, read ones too
  const todays = page.getByRole('list', { name: 'Today' });
  const yesterdays = page.getByRole('list', { name: 'Yesterday' });
  const older = page.getByRole('list', { name: dateHeading(daysAgo(10), 'en-GB') });
  await expect(todays.getByRole('link', { name: `${weekly.title} Chapter 3 Unread` })).toBeVisible();
  await expect(todays.getByRole('link', { name: `${elsewhen.title} Chapter 2 Read` })).toBeVisible();
  await expect(yesterdays.getByRole('link', { name: `${weekly.title} Chapter 2 Unread` })).toBeVisible();
  await expect(older.getByRole('link', { name: `${elsewhen.title} Chapter 1 Read` })).toBeVisible();
  await expect(page.getByRole('list', { name: dateHeading(daysAgo(14), 'en-GB') }).getByRole('link', { name: /Chapter 1 Read/ })).toBeVisible();
  await expect(page.getByText(planned.title)).toHaveCount(0);
  const headings = await page.locator('.feed-day h3').allTextContents();
  expect(headings).toEqual(['Today', 'Yesterday', dateHeading(daysAgo(10), 'en-GB'), dateHeading(daysAgo(14), 'en-GB')]);

  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/feed-phone.png', fullPage: true });

  // one tap: chapter 2 read; today's card and the feed follow
  await card.getByRole('button', { name: `Mark ch. 2 read, ${weekly.title}` }).click();
  await expect(card.getByText('Chapter 2')).toBeVisible();
  await expect(card.getByText('1 unread')).toBeVisible();
  await expect(yesterdays.getByRole('link', { name: `${weekly.title} Chapter 2 Read` })).toBeVisible();
  await expect(todays.getByRole('link', { name: `${weekly.title} Chapter 3 Unread` })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/feed-desktop.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/feed-desktop-dark.png', fullPage: true });

  // a chapter leads to its series
  await todays.getByRole('link', { name: `${weekly.title} Chapter 3 Unread` }).click();
  await expect(page).toHaveURL(new RegExp(`/contents/${weekly.id}$`));
});

test('the feed loads more chapters on demand', async ({ page, backend }) => {
  test.slow(); // 35 chapters to add
  const reader = await backend.register();
  const dates = Array.from({ length: 35 }, (_, index) => daysAgo(35 - index));
  const long = await contentWithChapters(backend, unique('Long Road '), dates);
  await backend.track(reader.token, long.id);
  await signIn(page, reader);
  await page.goto('/feed');
  const chapters = page.locator('.feed-item');
  await expect(chapters).toHaveCount(30);
  await expect(page.getByRole('link', { name: `${long.title} Chapter 35 Unread` })).toBeVisible();
  await page.getByRole('button', { name: 'Show 5 more' }).click();
  await expect(chapters).toHaveCount(35);
  await expect(page.getByRole('link', { name: `${long.title} Chapter 1 Unread` })).toBeVisible();
  await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
});

test('a back catalogue added at once is one line of the feed, with how many are unread', async ({ page, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Whole Saga '), 0);
  await backend.asAdmin('post', '/api/chapters/range', { content: series.id, from: 1, to: 120, release_date: daysAgo(0) });
  await backend.track(reader.token, series.id, { last_chapter: '2' });
  await signIn(page, reader);
  await page.goto('/feed');

  const todays = page.getByRole('list', { name: 'Today' });
  await expect(todays.getByRole('listitem')).toHaveCount(1);
  await expect(todays.getByRole('link', { name: `${series.title} Chapters 1 to 120 118 unread` })).toBeVisible();
  await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/feed-back-catalogue-phone.png' });
  // on a phone too, the button sits beside its line, not under it: a line a button's height, more lines a screen
  const line = await todays.getByRole('link', { name: new RegExp(series.title) }).boundingBox();
  const button = await todays.getByRole('button', { name: /Mark read: up to chapter 120/ }).boundingBox();
  expect(button!.y).toBeLessThan(line!.y + line!.height / 2);
  expect(button!.x).toBeGreaterThan(line!.x + line!.width - 1);

  // read through where they are listed, once asked (118 chapters: a slip would count them all read), undone in a tap
  await todays.getByRole('button', { name: `Mark read: up to chapter 120 of ${series.title}` }).click();
  await expect(todays.getByRole('group', { name: 'Mark 118 chapters read, up to chapter 120?' })).toBeVisible();
  await page.screenshot({ path: 'test-results/feed-mark-many-read-phone.png' });
  await todays.getByRole('button', { name: 'Yes, mark them read' }).click();
  await expect(page.getByText(`${series.title}: 118 chapters read, up to chapter 120`)).toBeVisible();
  await expect(todays.getByRole('link', { name: `${series.title} Chapters 1 to 120 Read` })).toBeVisible();
  await expect(todays.getByRole('button', { name: /Mark read: up to/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`${series.title}: back to chapter 2`)).toBeVisible();
  await expect(todays.getByRole('link', { name: `${series.title} Chapters 1 to 120 118 unread` })).toBeVisible();
  expect((await backend.as<{ results: { last_chapter: string }[] }>(reader.token, 'get', `/api/progress/?content=${series.id}`)).results[0].last_chapter).toBe('2');
});

test('a new reader is told how the feed fills in', async ({ page, backend }) => {
  test.slow(); // the shared machine is slow to sign in at times
  const reader = await backend.register();
  await signIn(page, reader);
  await page.goto('/feed');
  await expect(page.getByText(/None of the series you are reading or have on hold comes out on \w+day\./)).toBeVisible();
  await expect(page.getByText(/No chapters yet\. Add the series you read to your library/)).toBeVisible();
  await page.getByRole('link', { name: 'Browse the catalog' }).click();
  await expect(page).toHaveURL(/\/catalog$/);
});

test('the feed speaks French', async ({ page, backend }) => {
  test.slow();
  const reader = await backend.register();
  const series = await contentWithChapters(backend, unique('Lanterne '), [daysAgo(20), daysAgo(1), daysAgo(0)], { release_days: [today] });
  await backend.track(reader.token, series.id, { last_chapter: '1' });
  await signIn(page, reader);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto('/feed');
  await expect(page.getByRole('heading', { name: 'Nouveaux chapitres', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Sorties du jour/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Aujourd’hui' }).getByRole('link', { name: `${series.title} Chapitre 3 Non lu` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Hier' })).toBeVisible();
  await expect(page.getByRole('heading', { name: dateHeading(daysAgo(20), 'fr') })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/feed-fr-phone.png', fullPage: true });
});

test('the chapters by day wait for the series of today above them, so that nothing moves as they arrive', async ({ page, backend }) => {
  const reader = await backend.register();
  const weekly = await contentWithChapters(backend, unique('Steady Lantern '), [daysAgo(1)], { release_days: [today] });
  await backend.track(reader.token, weekly.id, { last_chapter: '1' });
  await signIn(page, reader);
  // today's series come late; the feed's own request does not
  let releaseToday: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (releaseToday = resolve));
  await page.route(/\/api\/progress\/?\?.*release_day=/, async (route) => {
    await held;
    await route.continue();
  });

  // listened for before the page asks: the answer may come before the heading shows
  const feedAnswered = page.waitForResponse(/\/api\/feed/);
  await page.goto('/feed');
  await expect(page.getByRole('heading', { name: 'New chapters', level: 1 })).toBeVisible();
  await feedAnswered;
  await expect(page.getByRole('heading', { name: 'Latest chapters' })).toBeHidden();

  releaseToday();
  await expect(page.getByRole('list', { name: 'Series releasing today' }).getByText(weekly.title)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest chapters' })).toBeVisible();
});
