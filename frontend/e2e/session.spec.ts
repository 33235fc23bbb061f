import { expect, expectAccessible, PASSWORD, signIn, test, unique } from './fixtures';

test('a new reader registers, lands on an empty library, stays signed in across a reload and signs out', async ({ page }) => {
  const username = unique('newbie');
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Create an account' }).click();
  // the page loads its code when opened: until it is there, "Username" would find the sign-in page's field
  await expect(page.getByRole('heading', { name: 'Create an account', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Create an account · Readtrack');

  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.org`);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create my account' }).click();
  // the server's reason, beside the field
  await expect(page.getByText(/at least/i).last()).toBeVisible();

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/library/);
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();
  await expect(page.getByText(/Nothing here yet/)).toBeVisible();
  await expectAccessible(page);

  // the refresh token is in an HttpOnly cookie: a reload signs in again without the password
  const cookies = await page.context().cookies();
  const refresh = cookies.find((cookie) => cookie.name === 'readtrack_refresh');
  expect(refresh?.httpOnly).toBe(true);
  expect(refresh?.sameSite).toBe('Strict');
  expect(refresh?.path).toBe('/api/auth/');
  expect(await page.evaluate(() => document.cookie)).not.toContain('readtrack_refresh');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();

  // a reader who kept a spreadsheet is pointed to the import, far down the settings
  await page.getByRole('link', { name: /import your list/i }).click();
  await expect(page.getByRole('heading', { name: 'Import a list' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Import a list' })).toBeInViewport();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/library');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Flibrary/);
});

test('a wrong password is refused with the reason, and signing in returns to the page asked for', async ({ page, backend }) => {
  const reader = await backend.register();
  await page.goto('/stats');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstats/);
  await page.getByLabel(/username/i).fill(reader.username);
  await page.getByLabel(/password/i).fill('Not-The-Password-1');
  const before = (await page.getByRole('button', { name: 'Sign in' }).boundingBox())!;
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  // the card grew with the message, and its button stayed under the finger (it moved 30 px)
  expect(Math.abs((await page.getByRole('button', { name: 'Sign in' }).boundingBox())!.y - before.y)).toBeLessThan(1);

  await page.getByLabel(/password/i).fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/stats/);
});

test('the sign-in page speaks French once chosen, and remembers it', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
});

test('an unknown API path is a problem, never the page; an app route is the page', async ({ request, backend }) => {
  const reader = await backend.register();
  const api = await request.get('/api/nothing-here/', { headers: { Authorization: `Bearer ${reader.token}` } });
  expect(api.status()).toBe(404);
  expect(api.headers()['content-type']).toContain('application/problem+json');
  const route = await request.get('/contents/12');
  expect(route.status()).toBe(200);
  expect(route.headers()['content-type']).toContain('text/html');
});

test('the app is installable: a manifest with icons, and a service worker that opens it offline', async ({ page, backend, context }) => {
  const reader = await backend.register();
  await page.goto('/sign-in');
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestUrl).toBeTruthy();
  const manifest = await (await page.request.get(manifestUrl!)).json();
  expect(manifest).toMatchObject({ name: 'Readtrack', display: 'standalone', start_url: '/library' });
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

  await page.getByLabel(/username/i).fill(reader.username);
  await page.getByLabel(/password/i).fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();

  // offline, the page and its files come from the service worker's cache, with the library the device kept;
  // the login is renewed when the connection returns
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();
  await expect(page.getByText('Offline: you see what this device kept.')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('Offline: you see what this device kept.')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();
});

test('signing in works with the keyboard alone, focus visible on the way', async ({ page, backend }) => {
  const reader = await backend.register();
  await page.goto('/sign-in');
  // the username field has the focus on arrival
  await expect(page.getByLabel(/username/i)).toBeFocused();
  await page.keyboard.type(reader.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/password/i)).toBeFocused();
  await page.keyboard.type(reader.password);
  // the button that shows the password comes next, pressed with Space like any button
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show the password' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/password/i)).toHaveAttribute('type', 'text');
  await expect(page.getByLabel(/password/i)).toHaveValue(reader.password);
  await page.keyboard.press('Tab');
  const submit = page.getByRole('button', { name: 'Sign in' });
  await expect(submit).toBeFocused();
  const outline = await submit.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();

  // the first Tab on a screen offers to skip to its content
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
});

test('Tab goes through the frame in the order it shows: the sections last where they sit at the foot', async ({ page, backend }) => {
  const reader = await backend.register();
  const sections = ['Library', 'New', 'Catalog', 'Stats', 'Settings'];
  const profile = `${reader.username}: my profile`;
  await signIn(page, reader);
  for (const [width, expected] of [
    [390, ['Readtrack', 'Sign out', ...sections]],
    [900, ['Readtrack', profile, 'Sign out', ...sections]],
    [1400, ['Readtrack', ...sections, profile, 'Sign out']],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    const order: string[] = [];
    for (const _ of expected) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        return focused.getAttribute('aria-label') ?? focused.innerText.trim();
      }));
    }
    expect(order, `${width} px`).toEqual(expected);
  }
});

test('another screen takes the focus to its heading, which a screen reader reads out', async ({ page, backend }) => {
  const reader = await backend.register();
  await signIn(page, reader);
  await expect(page.getByRole('heading', { name: 'My library' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Catalog' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Catalog', level: 1 })).toBeFocused();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'My library', level: 1 })).toBeFocused();
  // a tab of the same screen is not another screen: the focus stays on it
  await page.getByRole('link', { name: /On hold/ }).click();
  await expect(page.getByRole('link', { name: /On hold/ })).toBeFocused();
});

test.describe('a screen whose code does not load', () => {
  // the service worker would serve the screen's file from its cache, past the route that refuses it
  test.use({ serviceWorkers: 'block' });

  test('says so in the reader’s words with Try again, the sections still around it', async ({ page, backend }) => {
    const reader = await backend.register();
    const statsScreen = /\/assets\/StatsPage-[^/]*\.js$/;
    await page.route(statsScreen, (route) => route.abort());
    await signIn(page, reader);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Stats' }).click();

    // React Router's page for developers showed ("Unexpected Application Error!"), and no way back but the address bar
    await expect(page.getByRole('heading', { name: 'This screen could not be loaded' })).toBeVisible();
    await expect(page.getByText('Check your connection, then try again.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screen-not-loaded.png' });

    await page.unroute(statsScreen);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My statistics' })).toBeVisible();
  });
});
