/**
 * The browser suite's harness: a built portal served by the real app on a free loopback port, over a
 * private embedded store, and Debian's Chromium driven by playwright-core. Without Chromium the suite is
 * skipped with a loud notice on a newcomer's machine, and fails in CI (CI=true), where it must run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CuratorTokens } from '../../api/src/auth/curatorTokens.js';
import { createApp } from '../../api/src/server/createApp.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import type { GraphStore } from '../../api/src/store/GraphStore.js';
import { ReadModelStore } from '../../api/src/store/readModel/ReadModelStore.js';
import { seedStore } from '../../seed/loader/seedStore.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
const WEB_HANDLER = join(ROOT, 'web/build/handler.js');

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI: the browser suite must run, but ${CHROMIUM} is missing (apt-get install chromium)`);
  console.warn(`\n*** BROWSER SUITE SKIPPED: ${CHROMIUM} not found. Install it with: apt-get install chromium fonts-noto-cjk ***\n`);
  return false;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when the build is missing or older than its sources. */
export function ensureWebBuild(): void {
  const built = existsSync(WEB_HANDLER) ? statSync(WEB_HANDLER).mtimeMs : 0;
  const sources = Math.max(newestMtime(join(ROOT, 'web/src')), ...['web/vite.config.ts', 'web/svelte.config.js'].map((f) => statSync(join(ROOT, f)).mtimeMs));
  if (built > sources) return;
  // flock: several suites (or people) may ask for a build at once; vite must not write web/build twice over.
  execFileSync('flock', ['/tmp/atlas-web-build.lock', 'npx', 'vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}

export interface Portal {
  url: string;
  browser: Browser;
  store: GraphStore;
  /** A new page that records console errors and failed requests into `problems`. */
  newPage(): Promise<{ page: Page; problems: string[] }>;
  stop(): Promise<void>;
}

/**
 * A private copy of the build, taken under the build lock: another suite (or person) rebuilding web/build
 * while this portal serves would otherwise delete the assets under it.
 */
function privateBuildCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'atlas-web-')), 'build');
  execFileSync('flock', ['/tmp/atlas-web-build.lock', 'cp', '-r', join(ROOT, 'web/build'), dir]);
  return join(dir, 'handler.js');
}

export interface PortalOptions {
  /** Who may edit through the API's mutations; nobody when absent. */
  curatorTokens?: CuratorTokens;
}

export async function startPortal(seedDir = join(ROOT, 'seed'), options: PortalOptions = {}): Promise<Portal> {
  ensureWebBuild();
  const webHandlerPath = privateBuildCopy();
  const kuzu = await KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-e2e-')), 'atlas.kuzu') });
  await seedStore(kuzu, seedDir);
  // As `npm start` serves it: reads from the store until the read model is built, then from memory.
  const store = new ReadModelStore(kuzu, { maxRelationships: Number.POSITIVE_INFINITY });
  const { app, apollo } = await createApp({ store, introspection: false, webHandlerPath, curatorTokens: options.curatorTokens });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ok) => server.once('listening', () => ok()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    url,
    browser,
    store,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      // A request the browser cancelled because the page moved on (net::ERR_ABORTED: a lazy chunk still loading
      // when the test navigates) is not a fault of the page; every other failure is (refused, reset, CSP-blocked).
      page.on('requestfailed', (r) => {
        if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
      });
      return { page, problems };
    },
    async stop() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
      await apollo.stop();
      await store.close();
    },
  };
}

/**
 * Loads axe-core into a page. Evaluated through the DevTools protocol rather than added as a <script> element: the
 * pages' Content-Security-Policy refuses inline scripts, and would refuse axe's too.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
}

/**
 * Goes to a portal URL and waits until the app has hydrated (the root layout marks <html data-hydrated>): typing,
 * pressing Enter or choosing a file before then reaches no handler, which on a loaded machine happens.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
