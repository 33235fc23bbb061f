import { devices, type Browser, type Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test, unique } from './fixtures';

// three people, each through several screens, on a shared and slow machine
test.describe.configure({ timeout: 240_000 });

/** Looked at by a person after each run: the phone width of an iPhone 12–15, and a desktop. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `/tmp/readtrack-suggestions/${name}.png`, fullPage: true });
}

/** Another person on another device: a browser context of their own, in English. */
async function otherDevice(browser: Browser, desktop: boolean): Promise<Page> {
  const context = await browser.newContext({
    ...(desktop ? devices['Desktop Chrome'] : devices['Pixel 7']),
    baseURL: test.info().project.use.baseURL,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  return context.newPage();
}

test('a reader suggests a missing series in French and follows it at once; a moderator approves it; another reader then finds it', async ({
  page,
  browser,
  backend,
}) => {
  const category = await backend.asAdmin<{ id: number; name: string }>('post', '/api/categories/', { name: unique('Webtoons ') });
  const title = unique('Lune Rousse ');
  const proposer = await backend.register('proposer');
  const other = await backend.register('other');
  const moderator = await backend.register('moderator');
  const moderatorId = (await backend.as<{ id: number }>(moderator.token, 'get', '/api/auth/me/')).id;
  await backend.asAdmin('patch', `/api/users/${moderatorId}/`, { role: 'moderator' });

  // the proposer, in French, on a 390 px phone: the catalog does not have it, and offers to suggest it
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, proposer);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto('/catalog');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('searchbox', { name: 'Rechercher dans le catalogue' }).fill(title);
  await expect(page.getByText(/Aucune œuvre ne correspond/)).toBeVisible();
  await screenshot(page, 'catalog-no-match-phone-fr');
  await page.getByRole('link', { name: `Proposer « ${title} »` }).click();
  await expect(page).toHaveURL(/\/catalog\/suggest\?title=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Proposer une série' })).toBeVisible();
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(title);

  // without a category the server refuses, and says so beside the field
  await page.getByRole('button', { name: 'Proposer cette série' }).click();
  await expect(page.getByLabel('Catégorie', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Catégorie', { exact: true }).selectOption({ label: category.name });
  await page.getByLabel('Auteur', { exact: true }).fill('Mina Oh');
  await page.getByLabel('Autres titres', { exact: true }).fill('Red Moon');
  await page.getByRole('group', { name: 'Nouveaux chapitres le' }).getByLabel('Mercredi').check();
  await expectAccessible(page);
  await screenshot(page, 'suggest-form-phone-fr');
  await page.getByRole('button', { name: 'Proposer cette série' }).click();

  // its page at once, private, and the proposer follows it straight away
  await expect(page).toHaveURL(/\/contents\/\d+$/);
  const contentId = Number(/contents\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Proposition' });
  await expect(notice).toContainText('En attente de validation');
  await expect(notice).toContainText('Vous seul voyez cette série');
  await page.getByRole('button', { name: 'Ajouter à ma liste' }).click();
  await expect(page.getByRole('form', { name: 'Mon suivi' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'suggested-content-phone-fr');
  await page.goto('/catalog/suggestions');
  const mine = page.getByRole('list', { name: 'Mes propositions' }).getByRole('listitem');
  await expect(mine).toHaveCount(1);
  await expect(mine.first()).toContainText(title);
  await expect(mine.first()).toContainText('En attente de validation');
  await expectAccessible(page);
  await screenshot(page, 'my-suggestions-phone-fr');

  // another reader: nowhere to be seen
  const reader = await otherDevice(browser, false);
  await signIn(reader, other);
  await reader.goto('/catalog');
  await reader.getByRole('searchbox', { name: 'Search the catalog' }).fill(title);
  await expect(reader.getByText(/No series matches/)).toBeVisible();
  await reader.goto(`/contents/${contentId}`);
  await expect(reader.getByRole('heading', { name: 'This series is not in the catalog' })).toBeVisible();

  // the moderator, on a desktop: the back-office's Suggestions tab lists it; approved as it is
  const desk = await otherDevice(browser, true);
  await signIn(desk, moderator);
  // the way there says that suggestions wait (how many depends on the other tests running beside this one)
  await expect(desk.getByRole('link', { name: /^Admin \(\d+ suggestions? to review\)$/ })).toBeVisible();
  await desk.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Admin' }).click();
  // a moderator lands on the catalog (the overview is an administrator's): once there, not while the redirect is on
  // its way, which would take a click on Suggestions back to the catalog
  await expect(desk).toHaveURL(/\/admin\/catalog$/);
  await desk.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Suggestions' }).click();
  await expect(desk).toHaveURL(/\/admin\/suggestions$/);
  const review = desk.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: title });
  await expect(review).toContainText(proposer.username);
  await expect(review).toContainText('Red Moon');
  await review.getByRole('button', { name: 'Merge…' }).click();
  await expect(review.getByLabel('The series it duplicates')).toHaveValue(title);
  await expectAccessible(desk);
  await screenshot(desk, 'back-office-suggestions-desktop');
  await review.getByRole('button', { name: 'Merge…' }).click();
  // approving may correct the details first; rejecting asks why
  await review.getByRole('button', { name: 'Edit and approve' }).click();
  await expect(review.getByLabel('Author', { exact: true })).toHaveValue('Mina Oh');
  await expect(review.getByRole('button', { name: 'Approve with these details' })).toBeVisible();
  await screenshot(desk, 'back-office-edit-desktop');
  await review.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(review.getByLabel('Reason')).toBeVisible();
  await desk.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(desk);
  await screenshot(desk, 'back-office-reject-phone');
  await review.getByRole('button', { name: 'Reject', exact: true }).click();
  await review.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(desk.getByText(`“${title}” is in the catalog`)).toBeVisible();
  await expect(desk.getByRole('list', { name: 'Suggestions' }).getByText(title)).toHaveCount(0);
  // the card gone, the focus is on the next suggestion's title or the list's heading, not fallen to the page's top,
  // nor on the next card's Approve, which a second Enter would press
  await expect.poll(() => desk.evaluate(() => document.activeElement?.matches('main h1, main h2') ?? false)).toBe(true);
  // a series approved has no chapters yet: the toast leads to where they are added
  await desk.getByRole('button', { name: 'Add its chapters' }).click();
  await expect(desk.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(desk.getByRole('heading', { name: /^Chapters/ })).toBeFocused();
  await expect(desk.getByLabel('Number', { exact: true })).toHaveValue('1');
  await desk.getByLabel('Numbers from–to').fill('1–12');
  await desk.getByRole('button', { name: 'Add them' }).click();
  await expect(desk.getByRole('status').filter({ hasText: '12 chapters added' })).toBeVisible();

  // the other reader now finds it, public, and may follow it too
  await reader.goto('/catalog');
  await reader.getByRole('searchbox', { name: 'Search the catalog' }).fill('red moon');
  await expect(reader.getByRole('list', { name: 'Series' }).getByText(title)).toBeVisible();
  await reader.getByRole('list', { name: 'Series' }).getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByRole('region', { name: 'Suggestion' })).toHaveCount(0);
  await expect(reader.getByRole('button', { name: 'Add to my list' })).toBeVisible();

  // and the proposer's list says so
  await page.goto('/catalog/suggestions');
  await expect(mine.first()).toContainText('Approuvée');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'my-suggestions-desktop-fr');
});
