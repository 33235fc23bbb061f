import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { ADMIN, expect, expectAccessible, PASSWORD, signIn, test, unique } from './fixtures';

/**
 * Registration by invitation and password reset by mail need a server set up otherwise than the suite's:
 * `READTRACK_REGISTRATION=invite` and an SMTP server. This file starts its own, on ports of its own, with GreenMail's
 * standalone server (copied into target/e2e by the Maven build) receiving the mail and telling over HTTP what came.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 18730);
const APP_PORT = base + 5;
const SMTP_PORT = base + 6;
const MAIL_API_PORT = base + 7;
const APP = `http://localhost:${APP_PORT}`;
const MAIL_API = `http://127.0.0.1:${MAIL_API_PORT}`;
const GREENMAIL_JAR = fileURLToPath(new URL('../../target/e2e/greenmail-standalone.jar', import.meta.url));
const FRONTEND = fileURLToPath(new URL('..', import.meta.url));

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ baseURL: APP });

let app: ChildProcess | undefined;
let mailServer: ChildProcess | undefined;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  if (!existsSync(GREENMAIL_JAR)) {
    throw new Error(`no ${GREENMAIL_JAR}: run ./mvnw package first`);
  }
  // each in a process group of its own, so that afterAll ends it and whatever it started
  mailServer = spawn(
    'java',
    [
      `-Dgreenmail.smtp.hostname=127.0.0.1`,
      `-Dgreenmail.smtp.port=${SMTP_PORT}`,
      `-Dgreenmail.api.hostname=127.0.0.1`,
      `-Dgreenmail.api.port=${MAIL_API_PORT}`,
      '-Xmx128m',
      '-jar',
      GREENMAIL_JAR,
    ],
    { detached: true, stdio: 'ignore' },
  );
  app = spawn('./e2e/serve.sh', [testInfo.project.name, String(APP_PORT)], {
    cwd: FRONTEND,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      READTRACK_REGISTRATION: 'invite',
      READTRACK_PUBLIC_URL: APP,
      SPRING_MAIL_HOST: '127.0.0.1',
      SPRING_MAIL_PORT: String(SMTP_PORT),
      READTRACK_MAIL_FROM: 'Readtrack <noreply@example.org>',
    },
  });
  await answers(`${MAIL_API}/api/service/readiness`, 60_000);
  await answers(`${APP}/actuator/health/readiness`, 150_000);
});

test.afterAll(async () => {
  await Promise.all([stop(app), stop(mailServer)]);
});

async function answers(url: string, timeout: number) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeout / 1000} s`);
}

async function stop(process_?: ChildProcess) {
  if (!process_?.pid || process_.exitCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => process_.once('exit', resolve));
  process.kill(-process_.pid, 'SIGTERM');
  await exited;
}

/** The link of the newest reset mail GreenMail received for this address. */
async function resetLinkMailedTo(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${MAIL_API}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
        const messages = response.ok ? ((await response.json()) as { mimeMessage: string }[]) : [];
        // quoted-printable, should the mail be encoded so: soft line breaks out, "=3D" back to "="
        const raw = (messages.at(-1)?.mimeMessage ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        link = /http:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(raw)?.[0];
        return link;
      },
      { timeout: 20_000, message: `a reset mail to ${email}` },
    )
    .toBeTruthy();
  return link!;
}

/** A page of a browser context of its own: the invited person is not the signed-in administrator. */
async function visitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: APP, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  return context.newPage();
}

async function createInvitation(page: Page, email: string): Promise<string> {
  await page.goto('/admin/invitations');
  await page.getByLabel('Email (optional)').fill(email);
  await page.getByLabel('Valid for (days)').fill('3');
  await page.getByRole('button', { name: 'Create the invitation' }).click();
  const link = page.getByRole('textbox', { name: 'Invitation link' });
  await expect(link).toHaveValue(new RegExp(`^${APP}/register\\?invitation=[A-Za-z0-9_-]{43}$`));
  return link.inputValue();
}

/** Fills the form in and sends it; the address is left as it is when none is given (an invitation's own). */
async function register(page: Page, username: string, email?: string) {
  await page.getByLabel('Username').fill(username);
  if (email !== undefined) {
    await page.getByLabel('Email').fill(email);
  }
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
}

const invited = { username: unique('invited'), password: PASSWORD };
const invitedEmail = `${invited.username}@example.org`;

test('an administrator invites someone, who registers with the link once', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Invitations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();

  const link = await createInvitation(page, invitedEmail);
  await expect(page.getByText('it is shown only now')).toBeVisible();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const card = page.getByRole('listitem').filter({ hasText: invitedEmail });
  await expect(card.getByText('Pending')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/invitations-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/invitations-desktop.png', fullPage: true });

  const guest = await visitor(browser);
  await guest.goto(link);
  await expect(guest.getByText('You were invited')).toBeVisible();
  await expectAccessible(guest);
  await guest.screenshot({ path: 'test-results/register-invited-phone.png', fullPage: true });
  // the invitation is for one address only: filled in, and kept
  await expect(guest.getByLabel('Email')).toHaveValue(invitedEmail);
  await expect(guest.getByLabel('Email')).not.toBeEditable();
  await register(guest, invited.username);
  await expect(guest.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  await page.reload();
  await expect(card.getByText('Used', { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: /Revoke/ })).toHaveCount(0);

  // a used link says so as it opens, before anything is typed
  const second = await visitor(browser);
  await second.goto(link);
  await expect(second.getByRole('alert')).toContainText('This invitation has already been used.');
  await expect(second.getByLabel('Username')).toHaveCount(0);
});

test('a revoked invitation no longer registers anyone, and without one the page says one is needed', async ({ page, browser }) => {
  await signIn(page, ADMIN);
  const email = `${unique('revoked')}@example.org`;
  const link = await createInvitation(page, email);
  const card = page.getByRole('listitem').filter({ hasText: email });
  await card.getByRole('button', { name: `Revoke the invitation for ${email}` }).click();
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(card.getByText('Revoked')).toBeVisible();
  // the focus stays on the card, now revoked, rather than falling to the top of the page with the button
  await expect(card.getByRole('heading', { name: new RegExp(email) })).toBeFocused();

  const guest = await visitor(browser);
  await guest.goto(link);
  await expect(guest.getByRole('alert')).toContainText('This invitation has been revoked.');
  await expect(guest.getByLabel('Username')).toHaveCount(0);

  await guest.goto('/register');
  await expect(guest.getByText('You need an invitation to register here')).toBeVisible();
  await expect(guest.getByLabel('Username')).toHaveCount(0);
  await expectAccessible(guest);
  await guest.screenshot({ path: 'test-results/register-invitation-needed-phone.png', fullPage: true });
});

test('someone who forgot their password gets a link by mail and chooses a new one', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sign-in');
  await page.screenshot({ path: 'test-results/sign-in-with-reset-phone.png', fullPage: true });
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.screenshot({ path: 'test-results/forgot-password-phone.png', fullPage: true });
  await page.getByLabel('Email').fill(invitedEmail.toUpperCase());
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('If an account has the address');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/forgot-password-sent-phone.png', fullPage: true });

  const link = await resetLinkMailedTo(invitedEmail);
  expect(link.startsWith(`${APP}/reset-password?token=`)).toBeTruthy();
  await page.goto(link);
  await page.getByLabel('New password').fill('Brand-New-Passphrase-58');
  await page.screenshot({ path: 'test-results/reset-password-phone.png', fullPage: true });
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/reset-password-done-phone.png', fullPage: true });

  await page.getByRole('link', { name: 'Sign in' }).click();
  await signIn(page, { username: invited.username, password: 'Brand-New-Passphrase-58' });

  // the link worked once, which its page says as it opens, before a password is typed
  const again = await page.context().browser()!.newPage({ baseURL: APP });
  await again.goto(link);
  await expect(again.getByRole('alert')).toContainText('This link is invalid or has expired');
  await expect(again.getByLabel('New password')).toHaveCount(0);
  await expect(again.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
});
