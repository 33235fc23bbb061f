import type { BrowserContext, Page } from '@playwright/test';
import { expect, signIn, test, unique, type Backend } from './fixtures';

/** The library's entries (toasts are list items too). */
const entries = (page: Page) => page.getByRole('list', { name: 'Entries' }).getByRole('listitem');

/**
 * A reader at chapter 1 of a new series, signed in on the library, who marks chapter 2 read offline: the tap waits.
 */
async function tapMadeOffline(page: Page, context: BrowserContext, backend: Backend, name: string, chapters: number) {
  const reader = await backend.register();
  const series = await backend.content(unique(name), chapters);
  const entry = await backend.track(reader.token, series.id, { last_chapter: '1' });
  await signIn(page, reader);
  const card = entries(page).filter({ hasText: series.title });
  await expect(card.getByText('Chapter 1', { exact: true })).toBeVisible();

  await context.setOffline(true);
  await card.getByRole('button', { name: `Mark ch. 2 read, ${series.title}` }).click();
  await expect(card.getByText('+1 waiting to sync')).toBeVisible();
  return { reader, series, entry, card };
}

test('offline, the library stays readable after a reload and a next-chapter tap waits, then goes out when back online', async ({ page, context, backend }) => {
  const reader = await backend.register();
  const series = await backend.content(unique('Night Train '), 4);
  const entry = await backend.track(reader.token, series.id, { last_chapter: '1' });

  await signIn(page, reader);
  const card = entries(page).filter({ hasText: series.title });
  await expect(card.getByText('Chapter 1', { exact: true })).toBeVisible();
  // the service worker keeps the app's files: once it is active, a reload offline still opens the app
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // and the list is kept on the device (written a moment after it is read)
  await page.waitForFunction((title) => localStorage.getItem('readtrack.cache')?.includes(title), series.title);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Offline: you see what this device kept.')).toBeVisible();
  await expect(card.getByText('Chapter 1', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: `Mark ch. 2 read, ${series.title}` }).click();
  await expect(page.getByText(`No connection: ${series.title} will move on`)).toBeVisible();
  await expect(card.getByText('+1 waiting to sync')).toBeVisible();
  await expect(card.getByText('Chapter 1', { exact: true })).toBeVisible();
  // the card counts the waiting tap as read, and takes another: one more chapter after it
  await expect(card.getByText('2 unread')).toBeVisible();
  await card.getByRole('button', { name: `+1 chapter, ${series.title}` }).click();
  await expect(card.getByText('+2 waiting to sync')).toBeVisible();
  await expect(card.getByText('1 unread')).toBeVisible();
  await page.screenshot({ path: 'test-results/offline-phone.png', fullPage: true });
  expect((await backend.as<{ last_chapter: string }>(reader.token, 'get', `/api/progress/${entry.id}/`)).last_chapter).toBe('1');
  // a screen the device did not keep says so, rather than loading for ever
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByText('Not kept on this device: this shows when the connection returns.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Library' }).click();
  await expect(card.getByText('+2 waiting to sync')).toBeVisible();
  await card.getByRole('link', { name: series.title }).click();
  await expect(page.getByText('Not kept on this device: this shows when the connection returns.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Library' }).click();
  await expect(card.getByText('+2 waiting to sync')).toBeVisible();

  // back online, both go out, one after the other
  await context.setOffline(false);
  // said once, as the burst they were: one Undo takes both back
  await expect(page.getByText(`${series.title}: 2 chapters read, up to chapter 3`)).toBeVisible();
  await expect(card.getByText(/waiting to sync/i)).toHaveCount(0);
  await expect(page.getByText('Offline: you see what this device kept.')).toHaveCount(0);
  await expect.poll(async () => (await backend.as<{ last_chapter: string }>(reader.token, 'get', `/api/progress/${entry.id}/`)).last_chapter).toBe('3');
});

test('a tap queued offline is not applied when the entry moved on elsewhere meanwhile, and the reader is told', async ({ page, context, backend }) => {
  const { reader, series, entry, card } = await tapMadeOffline(page, context, backend, 'Far Shore ', 5);
  // meanwhile, on another device
  await backend.as(reader.token, 'patch', `/api/progress/${entry.id}/`, { last_chapter: '3' });

  await context.setOffline(false);
  await expect(page.getByText(`${series.title} changed on another device (now at chapter 3)`)).toBeVisible();
  await expect(card.getByText('Chapter 3', { exact: true })).toBeVisible();
  expect((await backend.as<{ last_chapter: string }>(reader.token, 'get', `/api/progress/${entry.id}/`)).last_chapter).toBe('3');
});

test('signing out with a chapter marked offline and not sent says it would be lost; signed out later, the sign-in page forgets the reader’s page and toasts', async ({ page, context, backend }) => {
  const { reader, series, entry, card } = await tapMadeOffline(page, context, backend, 'Last Ferry ', 4);
  // signed out, the tap would never be sent: the reader is told, and stays; from the keyboard, the answer has the focus
  await page.getByRole('button', { name: 'Sign out', exact: true }).focus();
  await page.keyboard.press('Enter');
  const warning = page.getByRole('listitem').filter({ hasText: '1 chapter marked as read has not been sent yet: there is no connection. If you sign out now, it will be lost.' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Sign out anyway' })).toBeFocused();
  await page.screenshot({ path: 'test-results/offline-sign-out-phone.png' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  await context.setOffline(false);
  await expect.poll(async () => (await backend.as<{ last_chapter: string }>(reader.token, 'get', `/api/progress/${entry.id}/`)).last_chapter).toBe('2');
  // sent: the warning is gone with the reason for it
  await expect(warning).toHaveCount(0);
  await card.getByRole('link', { name: series.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: series.title })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  // whoever signs in next starts at their own library, not at the series this reader had open, and sees none of
  // this reader's toasts
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(series.title)).toHaveCount(0);
  await signIn(page, reader);
  await expect(page).toHaveURL(/\/library/);
});
