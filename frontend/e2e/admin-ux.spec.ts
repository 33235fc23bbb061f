import { ADMIN, expect, expectAccessible, signIn, test, unique } from './fixtures';

// the machines that run these are shared and slow
test.describe.configure({ timeout: 120_000 });

test('leaving a series whose details were changed and not saved asks first, and stays when told to', async ({ page, backend }) => {
  const series = await backend.content(unique('Unsaved Tides '), 0);
  await signIn(page, ADMIN);
  await page.goto(`/admin/catalog/contents/${series.id}`);
  await page.getByLabel('Title', { exact: true }).fill(`${series.title} (colored)`);

  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: '← Back to the catalog' }).click();
  await expect.poll(() => asked).toEqual(['The series has changes not saved yet. Leave without saving them?']);
  await expect(page).toHaveURL(new RegExp(`/admin/catalog/contents/${series.id}$`));
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(`${series.title} (colored)`);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: '← Back to the catalog' }).click();
  await expect(page).toHaveURL(/\/admin\/catalog$/);
});

test('an invitation revoked just after it was made no longer offers its link; open registration is said', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin/invitations');
  // the servers of these tests have the default, open registration
  await expect(page.getByText(/^Registration is open: anyone can create an account\./)).toBeVisible();
  await page.getByRole('button', { name: 'Create the invitation' }).click();
  await expect(page.getByRole('button', { name: 'Copy the link' })).toBeVisible();
  const list = page.getByRole('list', { name: 'All invitations' });
  await list.getByRole('button', { name: /^Revoke the invitation/ }).first().click();
  await list.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText('The invitation just created is revoked: its link no longer works.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy the link' })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/admin-ux-invitations-phone-light-en.png' });

  await page.evaluate(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await expect(page.getByText(/^Les inscriptions sont ouvertes/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/admin-ux-invitations-desk-dark-fr.png' });
});

test('a series without a cover says so, in English and French', async ({ page, backend }) => {
  const series = await backend.content(unique('Bare Cover '), 3);
  await signIn(page, ADMIN);
  await page.goto(`/admin/catalog/contents/${series.id}`);
  const cover = page.locator('.cover-panel');
  await expect(cover.getByText('No cover yet')).toBeVisible();
  await cover.screenshot({ path: 'test-results/admin-ux-cover-phone-light-en.png' });

  await page.evaluate(() => localStorage.setItem('readtrack.language', 'fr'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(cover.getByText('Pas encore de couverture')).toBeVisible();
  await cover.screenshot({ path: 'test-results/admin-ux-cover-phone-dark-fr.png' });
  await page.getByRole('list', { name: 'Chapitres' }).screenshot({ path: 'test-results/admin-ux-chapters-phone-dark-fr.png' });
});
