import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/**
 * The browser tests drive Debian's Chromium (never a browser that a tool downloads) against the packaged jar,
 * once on SQLite and once on PostgreSQL. Without PostgreSQL the second run is left out, unless CI is set: then
 * its server fails to start and so does the run.
 */
const chromium = process.env.CHROMIUM_PATH ?? which('chromium') ?? which('chromium-browser');
if (!chromium) {
  throw new Error('Chromium not found: install it with `apt-get install -y chromium` (see README)');
}

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function postgresAnswers(): boolean {
  try {
    execFileSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']);
    return true;
  } catch {
    return false;
  }
}

// E2E_PORT_BASE lets two checkouts run their browser tests at once
const base = Number(process.env.E2E_PORT_BASE ?? 18730);
const databases = [{ name: 'sqlite', port: base + 1 }];
if (process.env.CI || postgresAnswers()) {
  databases.push({ name: 'postgresql', port: base + 2 });
}
const only = process.env.E2E_DATABASE;
const selected = databases.filter((database) => !only || database.name === only);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: 'test-results',
  use: {
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'en-GB',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: selected.map((database) => ({
    name: database.name,
    use: { ...devices['Pixel 7'], baseURL: `http://localhost:${database.port}`, browserName: 'chromium' as const },
  })),
  webServer: selected.map((database) => ({
    command: `./e2e/serve.sh ${database.name} ${database.port}`,
    url: `http://localhost:${database.port}/actuator/health/readiness`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
