import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { beforeEach, expect, inject } from 'vitest';
import { demoPassword } from '../../src/db/seed/demoCounty.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = 'test-results/screenshots';

export interface RunningApp {
  url: string;
  /** Everything the server has written to its log so far. */
  log(): string;
  stop(): Promise<void>;
  /** Ends the server at once with SIGKILL, as a crash or a pulled plug: no shutdown code runs. */
  kill(): Promise<void>;
}

/**
 * The built app as an operator runs it (`node dist/cli/entry.js serve`), on an embedded database of its own with
 * the demo county: a copy of the run's seeded demo (demoTemplate.ts), as a first start would have left it. It
 * listens on a port the system picks and says which in its "ready" log line, so two runs on one machine can never
 * reach each other's server. The demo's generated history, which only the statistics show and which takes seconds
 * of work after the start, is left out unless a test asks for it (`DEMO_HISTORY_SIPS`); a server that writes it
 * starts on a new data directory, since the history's units are made only when the county is seeded.
 */
export async function startBuiltApp(env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samplan-e2e-'));
  if (!env.DATABASE_URL && (env.DEMO_HISTORY_SIPS ?? '0') === '0')
    cpSync(inject('demoDataDir'), dataDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, ['dist/cli/entry.js', 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_HISTORY_SIPS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  let url = '';
  while (!url) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (Date.now() > deadline) {
      // A server too slow to start is stopped here: nothing else holds it, and left running it slows the next.
      child.kill('SIGKILL');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`server did not start: ${output}`);
    }
    url = /"url":"(http:\/\/127\.0\.0\.1:\d+)".*"msg":"Samplan is ready"/.exec(output)?.[1] ?? '';
    if (!url) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!(await fetch(`${url}/healthz`)).ok) throw new Error(`server is not healthy: ${output}`);
  return {
    url,
    log: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** axe-core on the page as it is now: no serious or critical WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const grave = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    grave.map((v) => `${name}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/Användarnamn|Username/).fill(username);
  await page.getByLabel(/Lösenord|Password/).fill(password);
  await page.getByRole('button', { name: /Logga in|Sign in/ }).click();
}

/** A page in its own context (own cookies), as axe-core needs, like a separate browser for one user. */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  return context.newPage();
}

/** The header a signed-in page's own API calls carry: the session's CSRF token, as the web app sends it. */
export async function csrfHeader(page: Page): Promise<{ 'x-csrf-token': string }> {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'samplan_csrf')!.value;
  return { 'x-csrf-token': decodeURIComponent(csrf) };
}

/**
 * A demo county user signed in with the demo password, in a page of their own, on the start page. A user who
 * works for more than one unit first chooses `unit`. The page waits `timeout` ms for what a step expects.
 */
export async function signedIn(
  browser: Browser,
  url: string,
  username: string,
  {
    viewport,
    unit,
    timeout = 15_000,
  }: { viewport?: { width: number; height: number }; unit?: string; timeout?: number } = {},
): Promise<Page> {
  const page = await newPage(browser, viewport);
  page.setDefaultTimeout(timeout);
  await signIn(page, url, username, demoPassword);
  if (unit) {
    await page.getByRole('heading', { name: 'Välj enhet' }).waitFor();
    await page.getByRole('button', { name: unit }).click();
  }
  await page.getByRole('heading', { name: 'Start', level: 1 }).waitFor();
  return page;
}

/** The page's region (a labelled section) by its name: exactly, when the name is a string. */
export function region(page: Page, name: string | RegExp): Locator {
  return page.getByRole('region', { name, exact: typeof name === 'string' }).first();
}

/**
 * Opens a part of the case page (Samtycke, Möte, Plan …) by its link in the parts' navigation, and waits until
 * that part is the one shown.
 */
export async function openPart(page: Page, name: string): Promise<void> {
  const link = page
    .getByRole('navigation', { name: 'Ärendets delar' })
    .getByRole('link', { name, exact: true });
  await link.click();
  await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
}

/** Waits for the page's live status line to say what just succeeded. */
export async function expectStatus(page: Page, message: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: message }).waitFor();
}

/** The text as it reads on screen, blocks apart, white space collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** Today in Stockholm moved by whole days or months, as YYYY-MM-DD (the value of a date input). */
export function day({ days = 0, months = 0 }: { days?: number; months?: number }): string {
  const [y, m, d] = stockholmDate().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d + days)).toISOString().slice(0, 10);
}

/**
 * The whole minute at least `minutes` from now in Stockholm, as a date and a time input take it — for a meeting
 * that should begin while the test runs (attendance can be recorded only once it has).
 */
export function minutesAhead(minutes: number): { date: string; time: string; at: Date } {
  const at = new Date(Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', ...options }).format(at);
  return { date: part({ dateStyle: 'short' }), time: part({ timeStyle: 'short' }), at };
}

/**
 * For a describe block whose steps build on each other: after a failure the rest are skipped rather than timing
 * out one by one, and each says which step failed.
 */
export function skipAfterFirstFailure(): void {
  let failed = '';
  beforeEach(({ task, skip, onTestFailed }) => {
    if (failed) skip(`an earlier step failed: ${failed}`);
    onTestFailed(() => {
      failed = task.name;
    });
  });
}
