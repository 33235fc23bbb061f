import { expect, expectAccessible, signIn, test, unique } from './fixtures';

// the machines that run these are shared and slow: a whole screen's story takes longer than the default 30 s
test.describe.configure({ timeout: 120_000 });

test('a reader creates a read-only API token, a script reads with it but cannot write, and revoking it ends it', async ({
  page,
  backend,
  request,
  context,
}) => {
  const reader = await backend.register();
  const content = await backend.content(unique('Token Story '), 1);
  await signIn(page, reader);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'API tokens' });

  await section.getByLabel('Token name').fill('backup script');
  await expect(section.getByRole('radio', { name: /Read only/ })).toBeChecked();
  await section.getByRole('button', { name: 'Create the token' }).click();

  // the secret, once, with a warning and a copy button
  const field = section.getByLabel('Token', { exact: true });
  const secret = await field.inputValue();
  expect(secret).toMatch(/^rt_[A-Za-z0-9_-]{43}$/);
  await expect(field).toBeFocused(); // read out with its warning, where the create button was
  await expect(field).toHaveAccessibleDescription(/you will not see it again/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await section.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText('Token copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await expectAccessible(page);
  await section.screenshot({ path: 'test-results/api-tokens-secret-phone.png' });
  await section.getByRole('button', { name: 'I have copied it' }).click();
  await expect(field).toHaveCount(0);
  await expect(section.getByRole('heading', { name: 'API tokens' })).toBeFocused();
  await expect(page.locator('body')).not.toContainText(secret);

  // a script uses it
  const auth = { Authorization: `Bearer ${secret}` };
  expect((await request.get('/api/progress/', { headers: auth })).status()).toBe(200);
  const write = await request.post('/api/progress/', { headers: auth, data: { content: content.id } });
  expect(write.status(), await write.text()).toBe(403);

  // listed with its access and its last use, never its secret
  await page.reload();
  const item = section.getByRole('listitem').filter({ hasText: 'backup script' });
  await expect(item).toContainText('Read only');
  await expect(item).toContainText('never expires');
  await expect(item).toContainText(/last used/);
  await expect(page.locator('body')).not.toContainText(secret);
  await expectAccessible(page);
  await section.screenshot({ path: 'test-results/api-tokens-list-phone.png' });

  await item.getByRole('button', { name: 'Revoke backup script' }).click();
  await item.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText('“backup script” revoked')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeFocused();
  await expect(section.getByText('No API tokens yet.')).toBeVisible();
  expect((await request.get('/api/progress/', { headers: auth })).status()).toBe(401);
});

test('in French, an expiry in the past is refused beside its field, then a read-and-write token is created', async ({ page, backend }) => {
  const reader = await backend.register();
  await signIn(page, reader);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Jetons d’API' });

  await section.getByLabel('Nom du jeton').fill('synchronisation');
  await section.getByRole('radio', { name: /Lecture et écriture/ }).check();
  const expiry = section.getByLabel('Expire après le (facultatif)');
  await expiry.fill('2020-01-01');
  await section.getByRole('button', { name: 'Créer le jeton' }).click();
  await expect(expiry).toHaveAttribute('aria-invalid', 'true');
  await expect(expiry).toHaveAccessibleDescription(/Choisissez une date à venir\./);

  await expiry.fill('2999-12-31');
  await section.getByRole('button', { name: 'Créer le jeton' }).click();
  await expect(section.getByLabel('Jeton', { exact: true })).toHaveValue(/^rt_/);
  await section.getByRole('button', { name: 'Je l’ai copié' }).click();
  const item = section.getByRole('listitem').filter({ hasText: 'synchronisation' });
  await expect(item).toContainText('Lecture et écriture');
  await expect(item).toContainText('expire le');
  await expect(item).toContainText('jamais utilisé');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await section.screenshot({ path: 'test-results/api-tokens-fr-desktop.png' });
});
