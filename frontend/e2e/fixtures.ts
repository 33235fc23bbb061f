import { test as base, expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const PASSWORD = 'Sturdy-Passphrase-42';
export const ADMIN = { username: 'admin', password: 'Admin-Passphrase-42' };

/** Names no other test uses: every run of the suite shares one database. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Set-up through the JSON API, as an administrator would with a script: the tests then use the screens. */
export class Backend {
  private adminToken?: string;

  constructor(private readonly request: APIRequestContext) {}

  async token(username: string, password: string): Promise<string> {
    const response = await this.request.post('/api/auth/login/', { data: { username, password } });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()).access;
  }

  async register(prefix = 'reader'): Promise<{ username: string; password: string; token: string }> {
    const username = unique(prefix);
    const response = await this.request.post('/api/auth/register/', {
      data: { username, email: `${username}@example.org`, password: PASSWORD },
    });
    expect(response.status(), await response.text()).toBe(201);
    return { username, password: PASSWORD, token: await this.token(username, PASSWORD) };
  }

  async asAdmin<T>(method: 'post' | 'put' | 'patch' | 'delete' | 'get', path: string, data?: unknown): Promise<T> {
    this.adminToken ??= await this.token(ADMIN.username, ADMIN.password);
    const response = await this.request[method](path, { data, headers: { Authorization: `Bearer ${this.adminToken}` } });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBeTruthy();
    return response.status() === 204 ? (undefined as T) : ((await response.json()) as T);
  }

  async as<T>(token: string, method: 'post' | 'put' | 'patch' | 'get', path: string, data?: unknown): Promise<T> {
    const response = await this.request[method](path, { data, headers: { Authorization: `Bearer ${token}` } });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBeTruthy();
    return (await response.json()) as T;
  }

  /** A content with its chapters "1".."n", in a category of its own. */
  async content(
    title: string,
    chapters: number,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: number; title: string; category: number }> {
    const category = await this.asAdmin<{ id: number }>('post', '/api/categories/', { name: unique('Category ') });
    const content = await this.asAdmin<{ id: number }>('post', '/api/contents/', {
      title,
      feature_category: category.id,
      ...extra,
    });
    for (let number = 1; number <= chapters; number++) {
      await this.asAdmin('post', '/api/chapters/', {
        content: content.id,
        chapter_number: String(number),
        // a day apart from 1 November 2026, into the next months for long series
        release_date: new Date(Date.UTC(2026, 10, number)).toISOString().slice(0, 10),
      });
    }
    return { id: content.id, title, category: category.id };
  }

  async track(token: string, content: number, fields: Record<string, unknown> = {}): Promise<{ id: number }> {
    return this.as(token, 'post', '/api/progress/', { content, ...fields });
  }
}

/** Signs in through the form, as a person does. */
export async function signIn(page: Page, user: { username: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel(/username/i).fill(user.username);
  await page.getByLabel(/password/i).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

/**
 * Waits until the page's transitions have ended (a toast mounts, then slides in). Endless animations, such as a
 * spinner's, are not waited for.
 */
export async function settled(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    // a transition can start a frame or two after what set it off, and one ending can start the next: wait until
    // a couple of frames go by with none running
    for (let round = 0; round < 10; round++) {
      await frame();
      await frame();
      const running = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
      if (running.length === 0) return;
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
}

/**
 * Fails on any WCAG A/AA violation axe finds on the page once its transitions have ended: a toast caught
 * half-faded (the ones stacked behind the newest fade their text out) reads as low contrast.
 */
export async function expectAccessible(page: Page) {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  // axe's own rule on doubled ids only asks for a review (its results' `incomplete`, not `violations`); but a label
  // tied to a doubled id names, and a tap on it focuses, another control
  const doubled = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, index) => id !== '' && ids.indexOf(id) !== index);
  });
  expect(doubled).toEqual([]);
}

/**
 * How many pixels of the chart's canvas are painted in the theme colour `tone` (a custom property of the page,
 * such as 'primary') as the page shows it now: the bars, since a canvas has no elements to find.
 */
export async function barPixels(chart: Locator, tone: string): Promise<number> {
  return chart.locator('canvas').evaluate((canvas: HTMLCanvasElement, name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(--${name})`;
    canvas.parentElement!.append(probe);
    const [red, green, blue] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      if (pixels[at] === red && pixels[at + 1] === green && pixels[at + 2] === blue && pixels[at + 3] === 255) {
        count++;
      }
    }
    return count;
  }, tone);
}

export const test = base.extend<{ backend: Backend }>({
  backend: async ({ request }, use) => {
    await use(new Backend(request));
  },
});

export { expect };
