/**
 * `npm run bench:web` (issue 8): JS shipped per route (gzip) from the SvelteKit build in web/build, and Lighthouse
 * scores (Debian's chromium, headless) for the home page, an entity page and the explorer, served by the real
 * app (portal + API on one port, 127.0.0.1) over the curated graph.
 *
 * Two JS figures per route: "first load", the scripts the page starts with (the client entry and the route's
 * layout and page nodes with their static imports, as SvelteKit preloads them); and "loaded", every script
 * Chromium fetched while Lighthouse loaded the page (adds what the page imports lazily, e.g. the graph canvas).
 * Each file is gzipped here (zlib level 9), whatever the server sends (it sends the build's precompressed .br or
 * .gz when the browser accepts them; Lighthouse's transfer sizes show what went over the wire). The app shell is
 * the first-load JS every measured route shares. Lighthouse runs use Lighthouse's default (mobile: simulated slow
 * 4G and 4x CPU slowdown) and desktop presets; the budgets are checked on mobile.
 *
 *   npm run bench:web                  measures the existing build (run `npm run build:web` first)
 *   npm run bench:web -- --build       builds it first
 *   flags: --no-lighthouse  --runs n (Lighthouse runs per page and preset, median kept)  --out dir
 *          --reports dir (every full Lighthouse report, JSON)  --build-dir dir (measure another build than web/build)
 *          --without-local-cjk (Chromium sees no CJK font installed, so Chinese needs the portal's web font)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { KuzuStore } from '../api/src/store/embedded/KuzuStore.js';
import { flags, numberFlag } from './args.js';
import { loadCuratedGraph } from './curatedGraph.js';
import { machine } from './machine.js';
import { startServer } from './serverProcess.js';

const ROOT = resolve(import.meta.dirname, '..');
const f = flags(process.argv.slice(2));
/** The adapter-node build measured: web/build, or `--build-dir` (a build made elsewhere, e.g. a copy of web/). */
const BUILD = resolve(f.get('build-dir') ?? join(ROOT, 'web/build'));
/** Builds of web/ take this lock (the browser suite's harness too), so none replaces web/build under another. */
const BUILD_LOCK = '/tmp/atlas-web-build.lock';
/** The copy measured (see snapshotBuild); set in main. */
let CLIENT = join(BUILD, 'client');
const CHROMIUM = '/usr/bin/chromium';
const opts = {
  build: f.get('build') === 'true',
  lighthouse: f.get('no-lighthouse') !== 'true',
  runs: numberFlag(f, 'runs', 1, 1, 5),
  out: resolve(f.get('out') ?? join(import.meta.dirname, 'results')),
  /** When set, every full Lighthouse report (JSON) is written there, for reading the audits behind a score. */
  reports: f.get('reports') ? resolve(f.get('reports')!) : undefined,
  /** Run Chromium as on a machine without CJK fonts (Windows or macOS have none of Noto Sans CJK): see noCjkFonts. */
  withoutLocalCjk: f.get('without-local-cjk') === 'true',
};
const BUDGET = { shellKiB: 60, explorerKiB: 250, performance: 90, accessibility: 95 };
const log = (m: string) => console.log(`bench:web: ${m}`);
const kib = (bytes: number) => Number((bytes / 1024).toFixed(1));

const gzipCache = new Map<string, { raw: number; gzip: number }>();
/** Sizes of a script the build serves, by its URL path; null for anything not in web/build/client. */
function sizeOf(path: string): { raw: number; gzip: number } | null {
  const file = join(CLIENT, decodeURIComponent(path));
  if (!file.startsWith(CLIENT) || !existsSync(file)) return null;
  let s = gzipCache.get(file);
  if (!s) {
    const bytes = readFileSync(file);
    s = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    gzipCache.set(file, s);
  }
  return s;
}

/**
 * The scripts a page loads up front, from the build's own manifests (SvelteKit sends them as modulepreload
 * hints): the client entry's imports, plus the static imports of every route node the HTML starts with
 * (`node_ids` in its start script: the layouts and the page). adapter-node keeps both lists in build/server.
 */
function firstLoadScripts(html: string, build: string): string[] {
  const server = join(build, 'server/chunks');
  const read = (file: string) => readFileSync(join(server, file), 'utf8');
  const list = (text: string | undefined, what: string): string[] => {
    if (!text) throw new Error(`bench:web: cannot find ${what} in the build (has the SvelteKit output layout changed?)`);
    return JSON.parse(text) as string[];
  };
  const manifest = readdirSync(server).find((f) => f.startsWith('manifest.js') && f.endsWith('.js'));
  const entry = list(manifest && /client:\s*\{[^}]*?imports:(\[[^\]]*\])/.exec(read(manifest))?.[1], 'the client entry imports');
  const nodeIds = list(/node_ids:\s*(\[[\d,\s]*\])/.exec(html)?.[1], 'node_ids in the page');
  const nodes = nodeIds.flatMap((n) => {
    const file = readdirSync(join(server, 'nodes')).find((f) => f.startsWith(`${n}.js`) && f.endsWith('.js'));
    return list(file && /const imports = (\[[^\]]*\]);/.exec(read(join('nodes', file)))?.[1], `the imports of node ${n}`);
  });
  return [...new Set([...entry, ...nodes])].map((p) => `/${p}`);
}

const total = (paths: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const p of paths) {
    const s = sizeOf(p);
    if (s) {
      raw += s.raw;
      gzip += s.gzip;
    }
  }
  return { rawKiB: kib(raw), gzipKiB: kib(gzip) };
};

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scripts: string[];
  /** The machine's 1-minute load average when the run ended (Lighthouse scores drop under load). */
  load1: number;
  /** Audits that cost points: failing accessibility and best-practice checks, performance insights with savings. */
  failing: { accessibility: string[]; bestPractices: string[]; performance: string[] };
  /** The element Lighthouse took for the largest contentful paint. */
  lcpElement?: string;
  /** KiB transferred while the page loaded (as sent: compressed where the server compresses), by kind. */
  transferKiB: { document: number; scripts: number; stylesheets: number; fonts: number; total: number };
  /** How many font files (web-font slices) were fetched. */
  fontFiles: number;
}

let reportNo = 0;

async function runLighthouse(url: string, port: number, desktop: boolean): Promise<LighthouseFigures> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (opts.reports) {
    mkdirSync(opts.reports, { recursive: true });
    const name = `${String(++reportNo).padStart(2, '0')}-${desktop ? 'desktop' : 'mobile'}-${new URL(url).pathname.split('/')[1] || 'home'}.json`;
    writeFileSync(join(opts.reports, name), JSON.stringify(lhr));
  }
  const failed = (category: string, keep: (a: (typeof lhr.audits)[string]) => boolean) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((r) => lhr.audits[r.id])
      .filter((a) => a && keep(a))
      .map((a) => a.id);
  const binaryFail = (a: (typeof lhr.audits)[string]) => a.scoreDisplayMode === 'binary' && a.score === 0;
  const lcpItems = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items;
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const num = (k: string) => Math.round(lhr.audits[k]?.numericValue ?? NaN);
  const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const sent = (type?: string) => kib(requests.filter((r) => !type || r.resourceType === type).reduce((a, r) => a + (r.transferSize ?? 0), 0));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: num('first-contentful-paint'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    scripts: requests.filter((r) => r.resourceType === 'Script').map((r) => new URL(r.url).pathname),
    load1: load1(),
    failing: {
      accessibility: failed('accessibility', binaryFail),
      bestPractices: failed('best-practices', binaryFail),
      performance: failed('performance', (a) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === 'metricSavings' || a.scoreDisplayMode === 'numeric')),
    },
    lcpElement: lcpItems?.[0]?.items?.[0]?.node?.snippet,
    transferKiB: { document: sent('Document'), scripts: sent('Script'), stylesheets: sent('Stylesheet'), fonts: sent('Font'), total: sent() },
    fontFiles: requests.filter((r) => r.resourceType === 'Font').length,
  };
}

const load1 = () => Number(loadavg()[0].toFixed(2));

const median = (xs: LighthouseFigures[]): LighthouseFigures => [...xs].sort((a, b) => a.performance - b.performance)[Math.floor(xs.length / 2)];

/**
 * A private copy of web/build, so a rebuild running meanwhile (`npm run build:web` replaces the files) cannot
 * pull the files out from under the server. Bare imports resolve through a node_modules link to the repo's.
 */
function snapshotBuild(dir: string): string {
  const copy = join(dir, 'build');
  // Copied under the build lock, so a build cannot be half-written while it is copied.
  execFileSync('flock', [BUILD_LOCK, 'cp', '-R', BUILD, copy]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return copy;
}

/**
 * A fontconfig file that hides every CJK font of this machine (Debian's fonts-noto-cjk, which the browser suite
 * installs) from Chromium. The portal prefers an installed Noto Sans CJK SC to its web font (web/src/app.css); this
 * measures readers who have none, who download the web font's slices.
 */
function noCjkFonts(dir: string): string {
  const file = join(dir, 'fonts-without-cjk.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>*/*CJK*</glob><glob>*/*SourceHan*</glob><glob>*/*wqy*</glob><glob>*/*droid*</glob></rejectfont></selectfont>
</fontconfig>
`,
  );
  return file;
}

async function main() {
  const startedAt = new Date().toISOString();
  const loadAtStart = load1();
  if (opts.build) {
    log(`building the portal (flock ${BUILD_LOCK} npm run build:web)`);
    execFileSync('flock', [BUILD_LOCK, 'npm', 'run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(join(BUILD, 'handler.js'))) throw new Error('no portal build at web/build: run `npm run build:web` (or pass --build)');
  const curated = loadCuratedGraph();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-web-'));
  const store = await KuzuStore.open({ path: join(dir, 'atlas.kuzu') });
  await store.replaceAll(curated.graph);
  await store.close();
  const build = snapshotBuild(dir);
  CLIENT = join(build, 'client');
  const server = await startServer({ ...process.env, ATLAS_DATA_DIR: dir, NEO4J_URI: '', BENCH_WEB_HANDLER: join(build, 'handler.js') });
  const origin = `http://127.0.0.1:${server.appPort}`;
  const mechanism = curated.graph.nodes.find((n) => n.type === 'Mechanism' && !n.id.includes('~'))!.id;
  const routes = [
    { name: 'home', path: '/' },
    { name: 'entity page', path: `/entity/${mechanism}` },
    { name: 'explorer', path: `/explore?focus=${encodeURIComponent(mechanism)}` },
  ];
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    const pages = [];
    for (const r of routes) {
      const res = await fetch(origin + r.path, { signal: AbortSignal.timeout(60_000) });
      if (!res.ok) throw new Error(`${r.path}: HTTP ${res.status}`);
      pages.push({ ...r, first: firstLoadScripts(await res.text(), build) });
    }
    const shared = pages.map((p) => new Set(p.first)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
    const shell = total(shared);
    log(`app shell (first-load JS every route shares): ${shell.gzipKiB} KiB gzip (${shell.rawKiB} KiB raw), budget ≤ ${BUDGET.shellKiB}`);

    const lighthouseResults: Record<string, { mobile?: LighthouseFigures; desktop?: LighthouseFigures }> = {};
    if (opts.lighthouse) {
      chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM,
        chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        ...(opts.withoutLocalCjk ? { envVars: { ...process.env, FONTCONFIG_FILE: noCjkFonts(dir) } } : {}),
      });
      for (const p of pages) {
        lighthouseResults[p.name] = {};
        for (const preset of ['mobile', 'desktop'] as const) {
          const runs: LighthouseFigures[] = [];
          for (let i = 0; i < opts.runs; i++) runs.push(await runLighthouse(origin + p.path, chrome.port, preset === 'desktop'));
          const m = median(runs);
          lighthouseResults[p.name][preset] = m;
          log(`${p.name} (${preset}): performance ${m.performance}, accessibility ${m.accessibility}, best practices ${m.bestPractices}, SEO ${m.seo}; FCP ${m.fcpMs} ms, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, CLS ${m.cls}; load average ${m.load1}`);
          log(`  transferred: ${m.transferKiB.total} KiB (document ${m.transferKiB.document}, scripts ${m.transferKiB.scripts}, CSS ${m.transferKiB.stylesheets}, fonts ${m.transferKiB.fonts} in ${m.fontFiles} files)`);
          log(`  failing: accessibility [${m.failing.accessibility.join(', ')}], best practices [${m.failing.bestPractices.join(', ')}], performance [${m.failing.performance.join(', ')}]; LCP element ${m.lcpElement ?? '?'}`);
        }
      }
    }
    const perRoute = pages.map((p) => {
      const loaded = lighthouseResults[p.name]?.mobile?.scripts ?? [];
      const own = p.first.filter((s) => !shared.has(s));
      const largest = [...new Set([...p.first, ...loaded])]
        .map((path) => ({ path, gzipKiB: kib(sizeOf(path)?.gzip ?? 0) }))
        .sort((a, b) => b.gzipKiB - a.gzipKiB)
        .slice(0, 5);
      return {
        route: p.name,
        path: p.path,
        firstLoad: total(p.first),
        beyondShell: total(own),
        loaded: loaded.length ? total(new Set(loaded)) : null,
        files: p.first.length,
        largest,
      };
    });
    for (const r of perRoute) {
      log(`${r.route}: first load ${r.firstLoad.gzipKiB} KiB gzip (${r.beyondShell.gzipKiB} beyond the shell)${r.loaded ? `, loaded by Chromium ${r.loaded.gzipKiB} KiB gzip` : ''}`);
    }
    const explorer = perRoute.find((r) => r.route === 'explorer')!;
    const explorerKiB = (explorer.loaded ?? explorer.firstLoad).gzipKiB;
    const checks = [
      { budget: 'app shell JS (gzip)', limit: `≤ ${BUDGET.shellKiB} KiB`, measured: `${shell.gzipKiB} KiB`, met: shell.gzipKiB <= BUDGET.shellKiB },
      { budget: 'explorer route JS (gzip)', limit: `≤ ${BUDGET.explorerKiB} KiB`, measured: `${explorerKiB} KiB`, met: explorerKiB <= BUDGET.explorerKiB },
      ...['home', 'entity page'].flatMap((name) => {
        const m = lighthouseResults[name]?.mobile;
        if (!m) return [];
        return [
          { budget: `${name} Lighthouse performance (mobile)`, limit: `≥ ${BUDGET.performance}`, measured: String(m.performance), met: m.performance >= BUDGET.performance },
          { budget: `${name} Lighthouse accessibility`, limit: `≥ ${BUDGET.accessibility}`, measured: String(m.accessibility), met: m.accessibility >= BUDGET.accessibility },
        ];
      }),
    ];
    console.log('\n| budget | limit | measured | met |\n| --- | --- | --- | --- |');
    for (const c of checks) console.log(`| ${c.budget} | ${c.limit} | ${c.measured} | ${c.met ? 'yes' : '**no**'} |`);
    mkdirSync(opts.out, { recursive: true });
    const file = join(opts.out, `web-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const strip = (x?: LighthouseFigures) => (x ? { ...x, scripts: x.scripts.length } : undefined);
    writeFileSync(
      file,
      JSON.stringify(
        {
          command: `npm run bench:web -- ${process.argv.slice(2).join(' ')}`.trim(),
          startedAt,
          finishedAt: new Date().toISOString(),
          machine: { ...machine(), chromium: chromiumVersion(), load1AtStart: loadAtStart, load1AtEnd: load1() },
          gzip: 'zlib level 9, per file',
          fonts: opts.withoutLocalCjk ? 'Chromium without the machine’s CJK fonts (--without-local-cjk): the web font is downloaded' : 'the machine’s fonts (Noto Sans CJK installed by fonts-noto-cjk)',
          shell: { ...shell, files: [...shared] },
          routes: perRoute,
          lighthouse: Object.fromEntries(Object.entries(lighthouseResults).map(([k, v]) => [k, { mobile: strip(v.mobile), desktop: strip(v.desktop) }])),
          checks,
        },
        null,
        2,
      ) + '\n',
    );
    log(`results: ${file}`);
  } finally {
    chrome?.kill();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

await main();
