// Lighthouse audits of the web app as a reader sees it: the packaged jar on an empty SQLite database, a
// reader with 200 series in the library (LIGHTHOUSE_ENTRIES), Debian's Chromium signed in through the real form, then Lighthouse on
// the same browser (its storage kept, so that the session survives) for each screen, phone-sized, throttled.
//   node run.mjs [path ...]     (default: /sign-in /library /catalog /feed /stats)
// Prints one line per page (performance, accessibility, best practices, SEO; LCP, TBT, CLS, JS bytes) and
// writes the full reports to target/lighthouse/.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// the target is stated for a library of 200 entries
const ENTRIES = Number(process.env.LIGHTHOUSE_ENTRIES ?? 200);
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const jar = path.join(root, 'target/readtrack.jar');
const out = path.join(root, 'target/lighthouse');
const port = Number(process.env.PORT ?? 18790);
const debuggingPort = port + 1;
const base = `http://localhost:${port}`;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/sign-in', '/library', '/catalog', '/feed', '/stats'];
const admin = { username: 'admin', password: 'Admin-Passphrase-42' };
const reader = { username: 'lighthouse', password: 'Sturdy-Passphrase-42' };

if (!existsSync(jar)) {
  throw new Error(`no ${jar}: run ./mvnw package -DskipTests first`);
}
const executablePath = process.env.CHROMIUM_PATH ?? execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();

const server = spawn('java', ['-jar', jar], {
  env: {
    ...process.env,
    PORT: String(port),
    READTRACK_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'readtrack-lighthouse-')),
    READTRACK_ADMIN_USERNAME: admin.username,
    READTRACK_ADMIN_EMAIL: 'admin@example.org',
    READTRACK_ADMIN_PASSWORD: admin.password,
    READTRACK_THROTTLE_ENABLED: 'false',
  },
  stdio: 'ignore',
});

async function call(method, url, token, body) {
  const response = await fetch(base + url, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

async function ready() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/actuator/health/readiness`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the jar did not start');
}

async function seed() {
  const adminToken = (await call('POST', '/api/auth/login/', null, admin)).access;
  const category = await call('POST', '/api/categories/', adminToken, { name: 'Manga' });
  await call('POST', '/api/auth/register/', null, { ...reader, email: 'lighthouse@example.org' });
  const token = (await call('POST', '/api/auth/login/', null, reader)).access;
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  for (let i = 1; i <= ENTRIES; i++) {
    const content = await call('POST', '/api/contents/', adminToken, {
      title: `Series number ${i}`,
      feature_category: category.id,
      release_days: [days[i % 7]],
    });
    await call('POST', '/api/chapters/range/', adminToken, { content: content.id, from: 1, to: 12, release_date: '2026-11-20' });
    await call('POST', '/api/progress/', token, { content: content.id, last_chapter: String(i % 12), score: (i % 10) + 1, tags: ['seinen'] });
  }
}

/** One Lighthouse audit of a screen in the shared browser; refuses to report a page that went elsewhere. */
async function audit(route) {
  const result = await lighthouse(`${base}${route}`, {
    port: debuggingPort,
    output: 'html',
    logLevel: 'error',
    // keep the signed-in session (the refresh cookie) between audits
    disableStorageReset: true,
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, audits } = result.lhr;
  const landed = new URL(result.lhr.finalDisplayedUrl).pathname;
  if (landed !== route) {
    throw new Error(`${route} was not audited: the page went to ${result.lhr.finalDisplayedUrl}`);
  }
  const score = (key) => String(Math.round(categories[key].score * 100)).padStart(4);
  const scripts = audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
  writeFileSync(path.join(out, `${route.replaceAll('/', '_') || 'root'}.html`), result.report);
  console.log(
    `${route.padEnd(11)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')}` +
      `  ${String(Math.round(audits['largest-contentful-paint'].numericValue)).padStart(6)}` +
      `  ${String(Math.round(audits['total-blocking-time'].numericValue)).padStart(6)}` +
      `  ${audits['cumulative-layout-shift'].numericValue.toFixed(3)}` +
      `  ${String(Math.round((scripts?.transferSize ?? 0) / 1024)).padStart(6)}`,
  );
}

try {
  await ready();
  await seed();
  // a persistent context is the browser's default one, which the tabs Lighthouse opens share: the session
  // cookie set by signing in here is theirs too (a context from newContext() would keep it to itself)
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'lighthouse-profile-')), {
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--remote-debugging-port=${debuggingPort}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(out, { recursive: true });
  console.log('page        perf  a11y  best  seo   LCP ms  TBT ms  CLS    JS kB (transfer)');
  // the sign-in page as a first visit (nothing cached, nobody signed in); then the reader's screens, signed in
  const signedOut = pages.filter((route) => route === '/sign-in');
  for (const route of signedOut) {
    await audit(route);
  }
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(/username/i).fill(reader.username);
  await page.getByLabel(/password/i).fill(reader.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/library');
  for (const route of pages.filter((route) => !signedOut.includes(route))) {
    await audit(route);
  }
  await context.close();
} finally {
  server.kill();
}
