import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signIn, test, unique } from './fixtures';

// the machines that run these are shared and slow: a whole screen's story takes longer than the default 30 s
test.describe.configure({ timeout: 180_000 });

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small opaque PNG made on the spot: a diagonal gradient, so that the served JPEG has something to show. */
function gradientPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < size; x++) {
      rows.push(Math.round((x * 255) / size), Math.round((y * 255) / size), 160);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
}

test('a reader makes a public profile with a bio and an avatar; another sees it without the private entry', async ({ page, backend }) => {
  const owner = await backend.register('owner');
  const shown = await backend.content(unique('Open Skies '), 3);
  const hidden = await backend.content(unique('Secret Diary '), 3);
  await backend.track(owner.token, shown.id, { last_chapter: '2', score: 8 });
  await backend.track(owner.token, hidden.id, { last_chapter: '1' });

  await signIn(page, owner);
  await page.goto('/settings');
  const profile = page.getByRole('region', { name: 'Profile' });
  await profile.getByLabel('About me').fill('Sci-fi on the train, mysteries at night.');
  await expect(profile.getByText('Only you can see your profile.')).toBeVisible();
  await profile.getByLabel('Public profile').check();
  await profile.getByRole('button', { name: 'Save my profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(profile.getByText(/Other readers can see your profile/)).toBeVisible();

  // the avatar: chosen, previewed, then sent
  const avatar = page.getByRole('region', { name: 'Avatar' });
  await avatar.getByLabel('Image file').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: gradientPng(64) });
  await expect(avatar.getByText('Preview')).toBeVisible();
  await expect(avatar.locator('img.avatar')).toHaveAttribute('src', /^blob:/);
  await avatar.getByRole('button', { name: 'Use this picture' }).click();
  await expect(page.getByText('Avatar saved')).toBeVisible();
  await expect(avatar.locator('img.avatar')).toHaveAttribute('src', /^\/media\/avatars\/[0-9a-f]{64}\.jpg$/);
  await expect(avatar.getByRole('button', { name: 'Remove my avatar' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'profile-settings');

  // one entry made private, from the entry editor
  await page.goto(`/contents/${hidden.id}`);
  const editor = page.getByRole('form', { name: 'My entry' });
  await editor.getByLabel('Private').check();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const entry = await backend.as<{ private: boolean }>(owner.token, 'get', `/api/contents/${hidden.id}/progress/`);
  expect(entry.private).toBe(true);
  // still the owner's everywhere: the library shows it, marked
  await page.goto('/library');
  await expect(page.getByRole('link', { name: hidden.title })).toBeVisible();
  await expect(page.getByRole('img', { name: /Private/ })).toHaveCount(1);

  // the owner reaches the profile from the settings, and sees what the others see
  await page.goto('/settings');
  await page.getByRole('link', { name: 'See my public profile' }).click();
  await expect(page).toHaveURL(new RegExp(`/u/${owner.username}$`));
  await expect(page.getByText(/This is your public profile/)).toBeVisible();
  await expect(page.getByRole('link', { name: shown.title })).toBeVisible();
  await expect(page.getByRole('link', { name: hidden.title })).toHaveCount(0);
  // and, on a wider screen, from the name in the top bar
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/library');
  await page.getByRole('link', { name: `${owner.username}: my profile` }).click();
  await expect(page).toHaveURL(new RegExp(`/u/${owner.username}$`));

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/sign-in/);

  // another reader opens the profile
  const other = await backend.register('visitor');
  await signIn(page, other);
  await page.goto(`/u/${owner.username.toUpperCase()}`);
  await expect(page.getByRole('heading', { level: 1, name: owner.username })).toBeVisible();
  await expect(page.getByText('Sci-fi on the train, mysteries at night.')).toBeVisible();
  const picture = page.locator('.profile-head img.avatar');
  await expect(picture).toHaveAttribute('src', /^\/media\/avatars\//);
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(64);
  const entries = page.getByRole('region', { name: '1 series' });
  await expect(entries.getByRole('link', { name: shown.title })).toBeVisible();
  await expect(entries.getByText('Chapter 2')).toBeVisible();
  await expect(page.getByText(hidden.title)).toHaveCount(0);
  // statistics over the public entries only
  const figures = page.getByRole('region', { name: 'Statistics' });
  await expect(figures.getByRole('definition').first()).toHaveText('1');
  await expect(figures.getByRole('term').first()).toHaveText('Series');
  await expectAccessible(page);
  await screenshots(page, 'profile-public');

  // a profile that is not public is not found, whoever asks
  await page.goto(`/u/${unique('nobody')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Profile not available' })).toBeVisible();
});

test('the theme and the language chosen in settings apply at once and follow the account to another device', async ({ page, backend }) => {
  const reader = await backend.register();
  await page.emulateMedia({ colorScheme: 'light' });
  await signIn(page, reader);
  await page.goto('/settings');
  const preferences = page.getByRole('region', { name: 'Preferences' });
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(247, 245, 242)');

  await preferences.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).toBe('rgb(20, 23, 28)');
  await expect(page.getByText('Preferences saved')).toBeVisible();
  // the toast is dark too, not a light box on the dark page
  const toaster = page.locator('[data-sonner-toaster]');
  await expect(toaster).toHaveAttribute('data-sonner-theme', 'dark');
  await expectAccessible(page);

  await preferences.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await expect(preferences.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');

  await preferences.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect.poll(async () => (await backend.as<{ preferences: object }>(reader.token, 'get', '/api/auth/me/')).preferences).toEqual({
    language: 'fr',
    theme: 'dark',
    time_zone: 'Asia/Tokyo',
  });
  await expectAccessible(page);
  await screenshots(page, 'preferences-dark-fr');

  // another device: nothing remembered locally; once signed in, the account's choices win
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.getByLabel(/username/i).fill(reader.username);
  await page.getByLabel(/password/i).fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Ma liste', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // back to the device's own setting: the page follows the system's light scheme again
  await page.goto('/settings');
  await page.getByRole('region', { name: 'Préférences' }).getByLabel('Thème').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect.poll(background).toBe('rgb(247, 245, 242)');
  // following the device, the toasts turn dark with it as the page does
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(toaster).toHaveAttribute('data-sonner-theme', 'dark');
});
