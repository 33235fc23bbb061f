import type { Page } from '@playwright/test';
import { ADMIN, expect, expectAccessible, signIn, test, unique, type Backend } from './fixtures';

// the machines that run these are shared and slow: a whole screen's story takes longer than the default 30 s
test.describe.configure({ timeout: 120_000 });

/** A small real PNG, drawn by the browser: the server decodes and re-encodes covers, so it must be an image. */
async function drawPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 60;
    canvas.height = 90;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#3d5a80';
    context.fillRect(0, 0, 60, 90);
    context.fillStyle = '#f4a261';
    context.fillRect(10, 30, 40, 30);
    return canvas.toDataURL('image/png').split(',')[1];
  });
  return Buffer.from(base64, 'base64');
}

async function signOut(page: Page, name = 'Sign out') {
  await page.getByRole('button', { name }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('an administrator adds a content with release days, a cover and chapters 1–5, and a reader who tracks it sees it', async ({ page, backend }) => {
  test.setTimeout(240_000);
  const category = unique('Anthology ');
  const title = unique('Harbour Lights ');
  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { name: 'Site activity' })).toBeVisible();
  await expect(page.locator('.figure').filter({ hasText: 'Users' }).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/admin-overview-phone.png', fullPage: true });

  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Catalog' }).click();
  await page.getByLabel('New category').fill(category);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search categories' }).fill(category);
  await expect(page.getByRole('list', { name: 'Categories' }).getByText(category)).toBeVisible();

  await page.getByRole('link', { name: 'New series' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Category', { exact: true }).selectOption({ label: category });
  await page.getByLabel('Author', { exact: true }).fill('Mina Oh');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Korean' });
  await page.getByLabel('Rating', { exact: true }).fill('8,5');
  await page.getByLabel('Description', { exact: true }).fill('Lighthouse keepers, one chapter a week.');
  await page.getByLabel('Other titles', { exact: true }).fill('Luces del puerto\n\nLumières du port\n');
  await page.getByRole('group', { name: 'Release days' }).getByLabel('Monday').check();
  await page.getByRole('group', { name: 'Release days' }).getByLabel('Thursday').check();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/admin\/catalog\/contents\/\d+$/);
  // the series' page, its heading holding the focus, as after a link followed: not fallen to the page's top
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  const id = Number(/contents\/(\d+)$/.exec(page.url())![1]);

  // no cover yet, and said so (not "Now" under the placeholder)
  await expect(page.locator('.cover-panel').getByText('No cover yet')).toBeVisible();
  // bytes that only claim to be a PNG: the browser cannot show them, which is said at once, and nothing is offered
  // for upload (the server would refuse them)
  await page.getByLabel('Image file').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await expect(page.locator('.cover-panel').getByRole('alert')).toHaveText('This file is not an image that can be read: choose another one.');
  await expect(page.getByRole('button', { name: 'Upload the cover' })).toHaveCount(0);
  await page.getByLabel('Image file').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: await drawPng(page) });
  // looked at before it is sent
  await expect(page.locator('.cover-panel img')).toHaveAttribute('src', /^blob:/);
  await expect(page.locator('.cover-panel').getByText('Preview')).toBeVisible();
  await page.getByRole('button', { name: 'Upload the cover' }).click();
  await expect(page.locator('.cover-panel img')).toHaveAttribute('src', /\/media\/covers\//);
  await expect(page.locator('.cover-panel').getByRole('alert')).toHaveCount(0);
  // the button pressed is gone: the focus is on the file field, not fallen to the page
  await expect(page.getByLabel('Image file')).toBeFocused();

  await page.getByLabel('Numbers from–to').fill('1–5');
  await page.getByRole('button', { name: 'Add them' }).click();
  await expect(page.getByRole('status').filter({ hasText: '5 chapters added' })).toBeVisible();
  const chapters = page.getByRole('list', { name: 'Chapters' });
  await expect(chapters.getByRole('listitem')).toHaveCount(5);
  // the newest first: the ones an editor adds and corrects
  await expect(chapters.getByRole('listitem').first()).toContainText('Chapter 5');
  await expect(chapters.getByRole('listitem').last()).toContainText('Chapter 1');
  // a range overlapping what is there adds only the numbers not there yet
  await page.getByLabel('Numbers from–to').fill('4–7');
  await page.getByRole('button', { name: 'Add them' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 chapters added; the others were already there' })).toBeVisible();
  await expect(chapters.getByRole('listitem')).toHaveCount(7);
  // asked for all or nothing, one number in the way adds none, and is named
  await page.getByLabel('Leave out the numbers already there').uncheck();
  await page.getByLabel('Numbers from–to').fill('7–9');
  await page.getByRole('button', { name: 'Add them' }).click();
  await expect(page.getByText(/already has chapter 7; nothing was added/)).toBeVisible();
  await expect(chapters.getByRole('listitem')).toHaveCount(7);
  await expect(chapters.getByText('Chapter 7')).toBeVisible();
  // the chapter at the end goes with two taps
  await chapters.getByRole('button', { name: 'Delete chapter 7' }).click();
  await chapters.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(chapters.getByRole('listitem')).toHaveCount(6);
  // the focus, gone with the row, lands on the list's heading rather than the top of the page
  await expect(page.getByRole('heading', { name: /^Chapters/ })).toBeFocused();
  // the number that comes next is filled in: this week's chapter is one tap
  await expect(page.getByLabel('Number', { exact: true })).toHaveValue('7');
  await page.getByRole('button', { name: 'Add the chapter' }).click();
  await expect(chapters.getByRole('listitem')).toHaveCount(7);
  // ready for the next one
  await expect(page.getByLabel('Number', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Number', { exact: true })).toHaveValue('8');
  // a chapter's title and date corrected in place, then found by its title
  await chapters.getByRole('button', { name: 'Edit chapter 3' }).click();
  const editing = chapters.getByRole('form', { name: 'Edit chapter 3' });
  await editing.getByLabel('Chapter title').fill('The Storm');
  await editing.getByLabel('Release date').fill('2026-11-30');
  await editing.screenshot({ path: 'test-results/admin-chapter-edit-phone.png' });
  await editing.getByRole('button', { name: 'Save' }).click();
  await expect(chapters.getByRole('listitem').filter({ hasText: 'Chapter 3' })).toContainText(/The Storm.*(Nov 30, 2026|30 Nov 2026)/);
  await expect(chapters.getByRole('button', { name: 'Edit chapter 3' })).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('storm');
  await expect(chapters.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('');
  await expect(chapters.getByRole('listitem')).toHaveCount(7);
  // on a phone a chapter is one line, Edit and Delete beside its title: a page of 100 was 18,000 px high
  for (const row of await chapters.getByRole('listitem').all()) {
    expect((await row.boundingBox())!.height).toBeLessThan(64);
  }
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/admin-content-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/admin-content-desktop.png', fullPage: true });

  const reader = await backend.register();
  await backend.track(reader.token, id);
  const entries = await backend.as<{ results: { content_detail: Record<string, unknown>; unread_count: number }[] }>(
    reader.token,
    'get',
    `/api/progress/?content=${id}`,
  );
  expect(entries.results[0].content_detail).toMatchObject({
    title,
    author: 'Mina Oh',
    language: 'ko',
    rating: 8.5,
    release_days: ['mon', 'thu'],
    alt_titles: ['Luces del puerto', 'Lumières du port'],
    cover: expect.stringMatching(/^\/media\/covers\//),
  });
  expect(entries.results[0].unread_count).toBe(7);

  await signOut(page);
  await signIn(page, reader);
  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card.getByText('7 unread')).toBeVisible();
  await expect(card.locator('img.cover')).toHaveAttribute('src', /\/media\/covers\//);
});

test('a range of chapters added by mistake is taken back in one go, and a reader’s unread count follows', async ({ page, backend }) => {
  const series = await backend.content(unique('Long Voyage '), 0);
  const reader = await backend.register();
  await signIn(page, ADMIN);
  await page.goto(`/admin/catalog/contents/${series.id}`);
  // "1–300" for "1–30": asked about, and added all the same
  await page.getByRole('form', { name: 'Add several chapters' }).getByLabel('Numbers from–to').fill('1–300');
  await page.getByRole('button', { name: 'Add them' }).click();
  await page.getByRole('button', { name: 'Yes, add them' }).click();
  await expect(page.getByRole('status').filter({ hasText: '300 chapters added' })).toBeVisible();
  await backend.track(reader.token, series.id, { last_chapter: '10' });

  await page.getByRole('button', { name: 'Delete several chapters…' }).click();
  const form = page.getByRole('form', { name: 'Delete several chapters' });
  await expect(form.getByLabel('Numbers from–to')).toBeFocused();
  await form.getByLabel('Numbers from–to').fill('31–300');
  await form.getByRole('button', { name: 'Delete them' }).click();
  await expect(form.getByRole('group', { name: 'Delete chapters 31 to 300? This cannot be undone.' })).toBeVisible();
  await form.screenshot({ path: 'test-results/admin-chapters-delete-range.png' });
  await form.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(form.getByRole('status')).toHaveText('270 chapters deleted, numbered 31 to 300');
  await expect(page.getByRole('heading', { name: /^Chapters/ })).toHaveText('Chapters (30)');
  await expectAccessible(page);

  await signOut(page);
  await signIn(page, reader);
  await expect(page.getByRole('listitem').filter({ hasText: series.title }).getByText('20 unread')).toBeVisible();
});

test('a category is renamed, an empty one deleted, and one with contents is kept with the reason shown before any question', async ({ page, backend }) => {
  const full = await backend.content(unique('Kept Series '), 0);
  const fullName = (await backend.asAdmin<{ name: string }>('get', `/api/categories/${full.category}/`)).name;
  const empty = unique('Brief Category ');
  await backend.asAdmin('post', '/api/categories/', { name: empty });

  await signIn(page, ADMIN);
  await page.goto('/admin/catalog');
  const categories = page.getByRole('list', { name: 'Categories' });
  const search = page.getByRole('searchbox', { name: 'Search categories' });
  // on a phone, under a page of contents: one tap down to them
  await expect(page.getByRole('heading', { name: 'Series', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the categories' }).click();
  await expect(page.getByRole('heading', { name: 'Categories', level: 2 })).toBeInViewport();

  // a name already taken is refused on the field, until the name is changed
  const taken = page.getByText('A category with this name already exists.');
  await page.getByLabel('New category').fill(empty);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(taken).toBeVisible();
  await page.getByLabel('New category').fill(`${empty} bis`);
  await expect(taken).toHaveCount(0);
  await page.getByLabel('New category').fill('');

  // one with a content: said before any question, with what to do first, and no "Yes, delete" bound to fail
  await search.fill(fullName);
  await categories.getByRole('button', { name: `Delete ${fullName}` }).click();
  await expect(categories.getByRole('alert')).toHaveText(
    `“${fullName}” still holds 1 series: move it to another category or delete it first, then delete the category.`,
  );
  await expect(categories.getByRole('alert')).toBeInViewport();
  await expect(categories.getByRole('button', { name: 'Yes, delete' })).toHaveCount(0);
  await expect(categories.getByText(fullName, { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/admin-category-not-empty-phone.png' });

  await search.fill(empty);
  await categories.getByRole('button', { name: `Rename ${empty}` }).click();
  await categories.getByLabel(`Rename ${empty}`).fill(`${empty} renamed`);
  await categories.getByRole('button', { name: 'Save' }).click();
  await search.fill(`${empty} renamed`);
  await expect(categories.getByText(`${empty} renamed`)).toBeVisible();
  await categories.getByRole('button', { name: `Delete ${empty} renamed` }).click();
  await categories.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(categories.getByRole('listitem')).toHaveCount(0);
  await expectAccessible(page);
});

test('deleting a content followed by readers says how many lose their entry, before and in the question', async ({ page, backend }) => {
  const series = await backend.content(unique('Followed Series '), 2);
  for (const reader of [await backend.register(), await backend.register()]) {
    await backend.track(reader.token, series.id, { last_chapter: '1' });
  }
  const alone = await backend.content(unique('Unfollowed Series '), 0);

  await signIn(page, ADMIN);
  await page.goto(`/admin/catalog/contents/${alone.id}`);
  const zone = page.getByRole('region', { name: 'Delete this series' });
  await expect(zone.getByText('No reader has it in their list.')).toBeVisible();

  await page.goto(`/admin/catalog/contents/${series.id}`);
  await expect(zone.getByText('2 readers have it in their list, and lose their entries and histories.')).toBeVisible();
  await zone.getByRole('button', { name: 'Delete this series' }).click();
  await expect(zone.getByText(`Delete “${series.title}” and 2 readers’ entries for good?`)).toBeVisible();
  await page.screenshot({ path: 'test-results/admin-delete-followed-content.png' });
  await zone.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page).toHaveURL(/\/admin\/catalog$/);
  await expect(page.getByText(`“${series.title}” deleted`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a reader who opens /admin lands in the library, with no Admin link', async ({ page, backend }) => {
  const reader = await backend.register();
  await signIn(page, reader);
  await expect(page.getByRole('link', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/library/);
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Admin' })).toHaveCount(0);
});

/** The role the server has for this account. */
async function roleOf(backend: Backend, username: string): Promise<string | undefined> {
  const page = await backend.asAdmin<{ results: { username: string; role: string }[] }>('get', `/api/users/?search=${username}`);
  return page.results.find((user) => user.username === username)?.role;
}

test('in French, an administrator deactivates a user, who can then no longer sign in, and deletes another', async ({ page, backend }) => {
  const blocked = await backend.register('blocked');
  const leaving = await backend.register('leaving');
  await signIn(page, ADMIN);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Chercher un utilisateur' }).fill(blocked.username);
  const card = page.getByRole('listitem').filter({ hasText: blocked.username });
  await expect(card).toHaveCount(1);
  // blocking ends the account's API tokens for good: asked first
  const phone = page.viewportSize()!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await card.getByRole('button', { name: `Bloquer la connexion de ${blocked.username}` }).click();
  await expect(card.getByText(/ses jetons d’API cessent de fonctionner/)).toBeVisible();
  // on a wide screen, the question asked in place wraps the actions, not the name and address beside them
  const name = (await card.getByRole('heading', { name: blocked.username }).boundingBox())!;
  expect(name.width).toBeGreaterThan(200);
  await page.screenshot({ path: 'test-results/users-confirm.png' });
  await page.setViewportSize(phone);
  await card.getByRole('button', { name: 'Oui, bloquer' }).click();
  await expect(card.getByText('Connexion bloquée')).toBeVisible();
  await expect(card.getByRole('button', { name: `Autoriser de nouveau ${blocked.username} à se connecter` })).toBeVisible();
  // with the keyboard, the arrows move through the roles without saving any: the role chosen is saved once
  const role = card.getByLabel(`Rôle de ${blocked.username}`);
  await role.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(role).toHaveValue('admin');
  await expect(role).toBeFocused();
  expect(await roleOf(backend, blocked.username)).toBe('user');
  await card.getByRole('button', { name: 'Enregistrer le rôle' }).click();
  await expect(card.getByRole('heading').getByText('Administrateur')).toBeVisible();
  await expect(role).toBeFocused();
  await expect(card.getByRole('button', { name: 'Enregistrer le rôle' })).toHaveCount(0);
  await expect.poll(() => roleOf(backend, blocked.username)).toBe('admin');
  await expectAccessible(page);
  // six sections in French on a small phone: each label in its own place, none running into the next
  await page.setViewportSize({ width: 360, height: 740 });
  const labels = await page.locator('.sections .nav-text').evaluateAll((spans) =>
    spans.map((span) => span.getBoundingClientRect()).map((box) => ({ left: box.left, right: box.right })),
  );
  expect(labels).toHaveLength(6);
  for (let i = 1; i < labels.length; i++) {
    expect(labels[i].left).toBeGreaterThanOrEqual(labels[i - 1].right);
  }
  await page.screenshot({ path: 'test-results/admin-users-fr-phone.png', fullPage: true });
  // the overview's charts keep their tables for screen readers: hidden, they widen nothing, and the sections stay on screen
  await page.goto('/admin');
  await expect(page.locator('.chart').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const sections = await page.locator('.sections').boundingBox();
  expect(sections!.y + sections!.height).toBeLessThanOrEqual(740);
  await page.screenshot({ path: 'test-results/admin-overview-fr-phone.png' });
  await page.goto('/admin/users');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/admin-users-fr-desktop.png', fullPage: true });

  await page.getByRole('searchbox', { name: 'Chercher un utilisateur' }).fill(leaving.username);
  const leavingCard = page.getByRole('listitem').filter({ hasText: leaving.username });
  await leavingCard.getByRole('button', { name: `Supprimer ${leaving.username}` }).click();
  await leavingCard.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.getByText('Aucun utilisateur ne correspond.')).toBeVisible();

  // the deactivated account is refused at sign-in; the removed one too
  await signOut(page, 'Se déconnecter');
  for (const user of [blocked, leaving]) {
    await page.getByLabel(/nom d’utilisateur|username/i).fill(user.username);
    await page.getByLabel(/mot de passe|password/i).fill(user.password);
    await page.getByRole('button', { name: /se connecter|sign in/i }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  }
});

test('choosing another role for a user leaves the row\'s buttons where they were, on a phone and a desktop', async ({ page, backend }) => {
  const reader = await backend.register('promoted');
  await signIn(page, ADMIN);
  await page.goto('/admin/users');
  await page.getByRole('searchbox', { name: 'Search users' }).fill(reader.username);
  const card = page.getByRole('listitem').filter({ hasText: reader.username });
  await expect(card).toHaveCount(1);
  const buttons = [
    card.getByRole('button', { name: `Block sign-in for ${reader.username}` }),
    card.getByRole('button', { name: `Password reset link for ${reader.username}` }),
    card.getByRole('button', { name: `Delete ${reader.username}` }),
  ];
  // where each button is in the card (the page may scroll to bring Save into sight)
  const cardBox = async () => (await card.boundingBox())!;
  const boxes = async () => {
    const frame = await cardBox();
    return Promise.all(
      buttons.map(async (button) => {
        const box = (await button.boundingBox())!;
        const round = (value: number) => Math.round(value * 10) / 10;
        return { x: round(box.x - frame.x), y: round(box.y - frame.y), width: round(box.width), height: round(box.height) };
      }),
    );
  };
  const role = card.getByLabel(`Role of ${reader.username}`);
  for (const [width, name] of [[360, 'phone'], [1280, 'desktop']] as const) {
    await page.setViewportSize({ width, height: 800 });
    const before = await boxes();
    await role.selectOption('moderator');
    const change = card.getByRole('group', { name: `New role for ${reader.username}: Moderator` });
    await expect(change.getByRole('button', { name: 'Save the role' })).toBeVisible();
    // Save and Cancel on a line of their own, under the buttons, which stay put
    expect(await boxes()).toEqual(before);
    const under = (await change.boundingBox())!;
    expect(under.y - (await cardBox()).y).toBeGreaterThanOrEqual(Math.max(...before.map((box) => box.y + box.height)));
    await expect(change.getByRole('button', { name: 'Cancel' })).toBeInViewport();
    // for the keyboard, Save is the step after the list, before the card's other buttons
    await role.focus();
    await page.keyboard.press('Tab');
    await expect(change.getByRole('button', { name: 'Save the role' })).toBeFocused();
    await card.screenshot({ path: `test-results/users-role-change-${name}.png` });
    await change.getByRole('button', { name: 'Cancel' }).click();
    await expect(change).toHaveCount(0);
    await expect(role).toHaveValue('user');
    await expect(role).toBeFocused();
  }
  expect(await roleOf(backend, reader.username)).toBe('user');
});

test('on a 360 px phone the administration tabs take two rows at most, each one whole on screen, in English and French', async ({ page, backend }) => {
  // a suggestion waiting, for the count beside its tab
  const category = await backend.asAdmin<{ id: number }>('post', '/api/categories/', { name: unique('Tabs ') });
  const proposer = await backend.register('proposer');
  await backend.as(proposer.token, 'post', '/api/suggestions/', { title: unique('Waiting '), feature_category: category.id });
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, ADMIN);
  for (const language of ['en', 'fr']) {
    await page.evaluate((code) => localStorage.setItem('readtrack.language', code), language);
    await page.goto('/admin/users');
    const tabs = page.getByRole('navigation', { name: 'Administration' }).getByRole('link');
    await expect(tabs).toHaveCount(5);
    await expect(tabs.nth(2).locator('.count-badge')).toBeVisible();
    const boxes = await tabs.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
    expect(new Set(boxes.map((box) => Math.round(box.top))).size, language).toBeLessThanOrEqual(2);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `test-results/admin-tabs-360-${language}.png` });
  }
});

test('from a phone to a laptop, the sections and Sign out stay on screen, in French with every section', async ({ page }) => {
  // the widest case: an administrator's six sections and the longest labels, where the top bar once ran past the
  // window from 800 to 1110 px (a tablet held upright, a French administrator's landscape tablet)
  await signIn(page, ADMIN);
  await page.evaluate(() => localStorage.setItem('readtrack.language', 'fr'));
  for (const width of [320, 768, 800, 820, 1024, 1119, 1120, 1280, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/admin/users');
    const signOut = page.getByRole('button', { name: 'Se déconnecter' });
    await expect(signOut).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
    const sections = await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
    expect(sections).toHaveLength(6);
    for (const box of [...sections, (await signOut.boundingBox())!]) {
      expect(box.x, `${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
    }
    if (width === 1024) {
      await page.screenshot({ path: 'test-results/admin-fr-1024.png' });
    }
  }
  // a phone set to large text (150 %): the bars' labels cut, Sign out wrapped, the library's sort within the window,
  // and nothing of them pushes the page sideways (cards with large text are not all there yet: see the admin's)
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/library');
  await page.addStyleTag({ content: 'html { font-size: 150%; }' });
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: 'test-results/library-fr-320-large-text.png' });
});

test('a reader who forgot their password, on a server without mail, gets a reset link from an administrator', async ({ page, browser, backend }) => {
  const forgetful = await backend.register('forgetful');
  const reader = await (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-GB' })).newPage();
  await reader.goto('/sign-in');
  await reader.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(reader.getByText('ask its administrator for a password reset link')).toBeVisible();

  await signIn(page, ADMIN);
  await page.goto('/admin/users');
  await page.getByRole('searchbox', { name: 'Search users' }).fill(forgetful.username);
  const card = page.getByRole('listitem').filter({ hasText: forgetful.username });
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: `Password reset link for ${forgetful.username}` }).click();
  const link = card.getByRole('textbox', { name: `Password reset link for ${forgetful.username}` });
  await expect(link).toHaveValue(/\/reset-password\?token=/);
  await expect(card.getByText('works once, for 24 hours')).toBeVisible();
  await page.screenshot({ path: 'test-results/admin-reset-link.png', fullPage: true });
  // the link names READTRACK_PUBLIC_URL's address: the reader opens its path on this server
  const url = new URL(await link.inputValue());

  await reader.goto(url.pathname + url.search);
  await reader.getByLabel('New password').fill('Brand-New-Passphrase-9');
  await reader.getByRole('button', { name: 'Save the new password' }).click();
  await expect(reader.getByRole('status')).toContainText('Your password has been changed');
  await signIn(reader, { username: forgetful.username, password: 'Brand-New-Passphrase-9' });
  await reader.context().close();
});

test('a moderator keeps the catalog but has no activity or users tab, and /admin leads to the catalog', async ({ page, backend }) => {
  const moderator = await backend.register('moderator');
  const me = await backend.as<{ id: number }>(moderator.token, 'get', '/api/auth/me/');
  await backend.asAdmin('patch', `/api/users/${me.id}/`, { role: 'moderator' });
  const category = unique('Moderated ');

  await signIn(page, moderator);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin\/catalog$/);
  const tabs = page.getByRole('navigation', { name: 'Administration' });
  await expect(tabs.getByRole('link', { name: 'Catalog' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Activity' })).toHaveCount(0);
  await expect(tabs.getByRole('link', { name: 'Users' })).toHaveCount(0);

  const panel = page.getByRole('region', { name: 'Categories' });
  await panel.getByLabel('New category').fill(category);
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search categories' }).fill(category);
  await expect(page.getByRole('list', { name: 'Categories' }).getByText(category)).toBeVisible();

  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/admin\/catalog$/);
  // told why, not just shown another page
  await expect(page.getByText('Only administrators can open that page.')).toBeVisible();
  await expectAccessible(page);
});
