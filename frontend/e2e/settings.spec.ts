import { PASSWORD, expect, expectAccessible, signIn, test, unique } from './fixtures';

// the machines that run these are shared and slow: a whole screen's story takes longer than the default 30 s
test.describe.configure({ timeout: 120_000 });

test('in French, a reader changes their names, and a new email needs the password', async ({ page, backend }) => {
  const reader = await backend.register();
  await signIn(page, reader);
  await page.addInitScript(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();

  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill('Durand');
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await expect(page.getByText('Profil enregistré')).toBeVisible();
  const me = await backend.as<{ first_name: string; last_name: string }>(reader.token, 'get', '/api/auth/me/');
  expect(me).toMatchObject({ first_name: 'Camille', last_name: 'Durand' });

  // the server's message for a field shows beside it, in the reader's language
  await page.getByLabel('E-mail').fill(`new-${reader.username}@example.org`);
  const password = page.getByLabel('Votre mot de passe', { exact: true });
  await password.fill('not my password');
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await expect(password).toHaveAccessibleDescription(/Votre mot de passe est incorrect\. Veuillez le saisir à nouveau\./);
  const phone = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole('region', { name: 'Profil' }).screenshot({ path: 'test-results/settings-fr-server-error-360.png' });
  await page.setViewportSize(phone);
  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  // saved: the address is the account's now, so the password field has gone
  await expect(password).toHaveCount(0);
  expect((await backend.as<{ email: string }>(reader.token, 'get', '/api/auth/me/')).email).toBe(`new-${reader.username}@example.org`);

  await page.reload();
  await expect(page.getByLabel('Prénom')).toHaveValue('Camille');
  // the import's boxes, drawn once their messages have come, tick from their label: with ids of their own, not the
  // profile's first fields' (a tap on "Garder ma progression" once focused Prénom, whose id its label pointed at)
  const keepProgress = page.getByRole('checkbox', { name: 'Garder ma progression' });
  await expect(keepProgress).toBeChecked();
  await page.getByText('Garder ma progression', { exact: true }).click();
  await expect(keepProgress).not.toBeChecked();
  await expect(page.getByLabel('Prénom')).not.toBeFocused();
  await page.getByText('Garder ma progression', { exact: true }).click();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/settings-fr-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/settings-fr-desktop.png', fullPage: true });
});

test('a new password signs the reader out; they sign in with it, not the old one', async ({ page, backend }) => {
  const reader = await backend.register();
  const fresh = 'Another-Long-Phrase-77';
  await signIn(page, reader);
  await page.getByRole('link', { name: 'Settings' }).click();

  const old = page.getByLabel('Current password');
  const next = page.getByLabel('New password');
  await old.fill('wrong-password-123');
  await next.fill(fresh);
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(old).toHaveAccessibleDescription(/old password was entered incorrectly/);

  await old.fill(reader.password);
  await next.fill('password');
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(old).not.toHaveAttribute('aria-invalid');

  await next.fill(fresh);
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('Password changed. Sign in with your new password.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/username/i).fill(reader.username);
  await page.getByLabel(/password/i).fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await signIn(page, { username: reader.username, password: fresh });
});

test('signing out everywhere ends this session and the others', async ({ page, backend }) => {
  const reader = await backend.register();
  await signIn(page, reader);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('Signed out on every device.')).toBeVisible();
  // the token the fixture got at registration, another "device", is refused too
  const response = await page.request.get('/api/auth/me/', { headers: { Authorization: `Bearer ${reader.token}` } });
  expect(response.status()).toBe(401);
});

test('the language chosen in settings stays after a reload', async ({ page, backend }) => {
  const reader = await backend.register();
  await signIn(page, reader);
  await page.goto('/settings');
  await page.getByRole('region', { name: 'Preferences' }).getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ma liste', exact: true })).toBeVisible();
});

test('import previews a file before writing, suggests the series the catalog lacks, and export downloads the list', async ({ page, backend }) => {
  const reader = await backend.register();
  const category = unique('Webtoon ');
  await backend.asAdmin('post', '/api/categories/', { name: category });
  const title = unique('Brand New Series ');
  await signIn(page, reader);
  await page.goto('/settings');

  // far down the page on a phone: the page's index leads there
  const importing = page.getByRole('region', { name: 'Import a list' });
  await page.getByRole('navigation', { name: 'Sections of this page' }).getByRole('link', { name: 'Import a list' }).click();
  await expect(importing.getByRole('heading', { name: 'Import a list' })).toBeInViewport();
  await expect(importing.getByText('No file chosen')).toBeVisible();
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(`Name,Type,Chapter\n${title},${category},3\n`) });
  await expect(importing.getByText('list.csv', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(importing.getByRole('row').filter({ hasText: title })).toContainText('Not in the catalog');
  // the page stays where the reader is, and the report takes the focus (the page once jumped to its top)
  const previewTitle = importing.getByRole('heading', { name: 'Preview: nothing written yet' });
  await expect(previewTitle).toBeInViewport();
  await expect(previewTitle).toBeFocused();
  // on a phone the report's rows are blocks: nothing to scroll sideways to read a row's notes
  expect(await importing.locator('.table-scroll').evaluate((report) => report.scrollWidth - report.clientWidth)).toBeLessThanOrEqual(0);

  // a reader's missing series become their suggestions
  await importing.getByRole('checkbox', { name: 'Add the series the catalog lacks' }).check();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(importing.getByRole('row').filter({ hasText: title })).toContainText('Suggested to the catalog');
  await importing.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importing.getByText('Imported: your list is up to date.')).toBeVisible();
  // the file imported is no longer chosen: a second press would not import it again
  await expect(importing.getByText('No file chosen')).toBeVisible();

  // an old copy of the list, previewed over it: the reader's progress stays, unless they untick the option; then
  // what it would take back, and a word that the row is older
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'old.csv', mimeType: 'text/csv', buffer: Buffer.from(`Name,Type,Chapter,Last update\n${title},${category},2,2024-01-01T00:00:00Z\n`) });
  await page.getByRole('button', { name: 'Preview' }).click();
  const older = importing.getByRole('row').filter({ hasText: title });
  await expect(older).toContainText('Unchanged');
  await expect(older).toContainText('Kept at chapter 3: the file says 2.');
  await importing.getByRole('checkbox', { name: 'Keep my progress' }).uncheck();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(older.getByRole('listitem')).toHaveText(['Last chapter read: 3 → 2', /^Last updated: .+ → 1 Jan 2024, 00:00$/]);
  await expect(older).toContainText('This row is dated before your entry');
  await importing.screenshot({ path: 'test-results/settings-import-phone.png' });

  const exporting = page.getByRole('region', { name: 'Export my list' });
  const download = page.waitForEvent('download', { timeout: 7_000 }).catch(() => null);
  await exporting.getByRole('button', { name: 'CSV (spreadsheet)' }).click();
  await expect(exporting.getByRole('button', { name: 'CSV (spreadsheet)' })).toBeEnabled();
  const saved = await download;
  if (saved) {
    expect(saved.suggestedFilename()).toMatch(/\.csv$/);
  } else {
    await expect(exporting.getByText('Export is not available on this server yet.')).toBeVisible();
  }
  await expectAccessible(page);

  // the suggested series is in the reader's list
  await page.goto('/library');
  await expect(page.getByText(title)).toBeVisible();
});

test('a spreadsheet that spells a series its own way finds it, and is imported from under its preview', async ({ page, backend }) => {
  const reader = await backend.register();
  const tag = unique('x').slice(-6);
  const series = await backend.content(`Fullmetal Saga ${tag}`, 3);
  await signIn(page, reader);
  await page.goto('/settings');
  const importing = page.getByRole('region', { name: 'Import a list' });

  // which headers are read, before choosing a file
  await importing.getByText('Which columns are read').click();
  await expect(importing.getByText('separated by commas or semicolons')).toBeVisible();
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: 'sheet.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Title,Chapter,Tags\nFull Metal Saga ${tag},2,alchemy;brothers\n`),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  const row = importing.getByRole('row').filter({ hasText: `Full Metal Saga ${tag}` });
  await expect(row).toContainText('New entry');
  await expect(row).toContainText(`Matched with “${series.title}”, as the catalog spells it.`);
  await expect(row.getByRole('listitem')).toContainText(['Last chapter read: 2', 'Tags: alchemy, brothers']);

  // the reader has read the rows to their end: the import is there, not a few screens up
  const importThis = importing.getByRole('button', { name: 'Import this file' });
  await importThis.scrollIntoViewIfNeeded();
  await importing.screenshot({ path: 'test-results/settings-import-under-preview.png' });
  await importThis.click();
  await expect(importing.getByText('Imported: your list is up to date.')).toBeVisible();
  await expect(importThis).toBeHidden();

  await page.goto(`/contents/${series.id}`);
  await expect(page.getByText('Read up to chapter 2')).toBeVisible();
});

test('a reader deletes their account with their password, after a question, and is signed out for good', async ({ page, backend }) => {
  const reader = await backend.register('leaving');
  await signIn(page, reader);
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Delete my account' });
  const password = section.getByLabel('Your password, to confirm');
  await expect(section.getByRole('button', { name: 'Delete my account' })).toBeDisabled();

  await password.fill('not my password');
  await section.getByRole('button', { name: 'Delete my account' }).click();
  await section.getByRole('button', { name: 'Yes, delete my account' }).click();
  await expect(password).toHaveAccessibleDescription(/Your password was entered incorrectly/);
  await backend.as(reader.token, 'get', '/api/auth/me/'); // still there

  await password.fill(reader.password);
  await expect(password).not.toHaveAccessibleDescription(/entered incorrectly/);
  await section.getByRole('button', { name: 'Delete my account' }).click();
  await expect(section.getByText('This cannot be undone.')).toBeVisible();
  await expectAccessible(page);
  await section.screenshot({ path: 'test-results/settings-delete-account-phone.png' });
  await section.getByRole('button', { name: 'Yes, delete my account' }).click();

  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText('Your account was deleted.')).toBeVisible();
  await page.getByLabel(/username/i).fill(reader.username);
  await page.getByLabel(/password/i).fill(reader.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a reader merges two tags written apart, sees the library follow, and takes it back with Undo', async ({ page, backend }) => {
  const reader = await backend.register();
  const solo = await backend.content(unique('Solo Tags '), 2);
  const tower = await backend.content(unique('Tower Tags '), 2);
  const frieren = await backend.content(unique('Frieren Tags '), 2);
  const soloEntry = await backend.track(reader.token, solo.id, { tags: ['Manhwa', 'Action'] });
  await backend.track(reader.token, tower.id, { tags: ['manwha'] });
  await backend.track(reader.token, frieren.id, { tags: ['Fantasy'] });
  await signIn(page, reader);
  await page.goto('/settings#tags-title');

  const tags = page.getByRole('list', { name: 'Your tags' });
  await expect(tags.getByRole('listitem')).toHaveText([/^Action 1 series/, /^Fantasy 1 series/, /^Manhwa 1 series/, /^manwha 1 series/]);
  await expectAccessible(page);
  await tags.getByRole('button', { name: 'Rename manwha' }).click();
  const name = page.getByLabel('New name for “manwha”');
  await name.fill('manhwa');
  await expect(name).toHaveAccessibleDescription('You have “Manhwa” already: the two become one, written “manhwa”.');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole('region', { name: 'Your tags' }).screenshot({ path: 'test-results/settings-tags-merge-360.png' });
  await page.getByRole('button', { name: 'Merge' }).click();

  await expect(page.getByText('“manwha” merged into “manhwa”: 2 series have it now.')).toBeVisible();
  await expect(tags.getByRole('listitem')).toHaveText([/^manhwa 2 series/, /^Action 1 series/, /^Fantasy 1 series/]);
  // the focus, gone with the row merged, is on the tag it made
  await expect(tags.getByRole('button', { name: 'Rename manhwa' })).toBeFocused();
  const solos = await backend.as<{ tags: string[] }>(reader.token, 'get', `/api/progress/${soloEntry.id}/`);
  expect(solos.tags).toEqual(['manhwa', 'Action']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Taken back on 2 series.')).toBeVisible();
  await expect(tags.getByRole('listitem')).toHaveText([/^Action 1 series/, /^Fantasy 1 series/, /^Manhwa 1 series/, /^manwha 1 series/]);
  await expect(tags.getByRole('button', { name: 'Rename manwha' })).toBeFocused();

  // a tag taken off after a question; the reader's place in the list kept, on the tag that came after it
  await tags.getByRole('button', { name: 'Remove Fantasy' }).click();
  await tags.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByText('“Fantasy” taken off 1 series.')).toBeVisible();
  await expect(tags.getByRole('listitem')).toHaveText([/^Action 1 series/, /^Manhwa 1 series/, /^manwha 1 series/]);
  await expect(tags.getByRole('button', { name: 'Rename Manhwa' })).toBeFocused();

  // each tag leads to its series in the library
  await tags.getByRole('link', { name: 'Show the series tagged Manhwa' }).click();
  await expect(page.getByRole('combobox', { name: 'Tag' })).toHaveValue('Manhwa');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([solo.title]);
  // and back, from the filtered list, to where tags are renamed
  await page.getByRole('link', { name: 'Rename or remove tags' }).click();
  await expect(page.getByRole('heading', { name: 'Your tags' })).toBeFocused();
});
