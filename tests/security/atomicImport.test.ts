/**
 * Imports that never half-happen (issue 7): `npm run import` and `npm run seed` run as child processes and
 * are killed with SIGKILL at every stage of a replacement. Afterwards the store holds the graph from
 * before or the graph from after, compared by content hash — never anything in between.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { graphHash } from '../../graph-schema/graphHash.js';
import type { EdgeRecord, GraphData } from '../../graph-schema/records.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { parseDump, serializeDump } from '../../seed/loader/graphDump.js';
import { loadSeedFiles } from '../../seed/loader/loadSeedFiles.js';
import { FIXTURE_SEED, edgeOf, nodeOf } from '../contract/graphStoreContract.js';

const ROOT = resolve(import.meta.dirname, '../..');
const N = 20_000;

/** A graph big enough that a replacement takes seconds: N concepts, 2N relationships, one publication. */
function bigGraph(): GraphData {
  const nodes = [nodeOf('Publication', 'pub:fixture-doc'), ...Array.from({ length: N }, (_, i) => nodeOf('Concept', `concept:k${i}`, { aliases: [`alias ${i}`] }))];
  const edges = new Map<string, EdgeRecord>();
  for (let i = 0; i < N; i++) {
    for (const k of [1, 2]) {
      const e = edgeOf(`concept:k${i}`, 'RELATED_TO', `concept:k${(i * 7 + k * 13) % N}`);
      if (e.from !== e.to) edges.set(e.id, e);
    }
  }
  return { nodes, edges: [...edges.values()] };
}

interface Run {
  killed: boolean;
  code: number | null;
  lines: string[];
}

/**
 * Runs a CLI as its own node process (not through npx, whose SIGKILL would not reach it) and kills it with
 * SIGKILL `delayMs` after a line of its output matches `at` (or after its start, when `at` is null).
 * Without either it runs to the end.
 */
function runCli(script: string, args: string[], dataDir: string, at?: RegExp | null, delayMs = 0): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ATLAS_DATA_DIR: dataDir, NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let killed = false;
    if (at === null) {
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    }
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (at && !killed && at.test(line)) {
          killed = true;
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => lines.push(`stderr: ${chunk.toString().trim()}`));
    child.on('error', fail);
    child.on('exit', (code, signal) => done({ killed: signal === 'SIGKILL', code, lines }));
  });
}

async function hashOf(dataDir: string): Promise<string> {
  const store = await KuzuStore.open({ path: join(dataDir, 'atlas.kuzu') });
  try {
    return graphHash(await store.dump());
  } finally {
    await store.close();
  }
}

/** Puts the fixture graph back (in this process, which then lets go of the file). */
async function reset(dataDir: string, graph: GraphData): Promise<void> {
  const store = await KuzuStore.open({ path: join(dataDir, 'atlas.kuzu') });
  try {
    await store.replaceAll(graph);
  } finally {
    await store.close();
  }
}

const fixture = loadSeedFiles(FIXTURE_SEED);
const BEFORE = graphHash(fixture);

describe('npm run import, killed at every stage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-kill-'));
  const dumpFile = join(dataDir, 'big.json');
  const big = bigGraph();
  const AFTER = graphHash(big);

  beforeAll(async () => {
    writeFileSync(dumpFile, serializeDump(big));
    await reset(dataDir, fixture);
    expect(await hashOf(dataDir)).toBe(BEFORE);
  });

  // Until the last relationship is copied into the new file, the old file has not been touched: BEFORE. The
  // bulk copy of a stage takes a few hundred ms, so a kill "later" in it may land after the stage ended on a
  // quick machine: a run whose output already shows the last relationship copied is judged as a late kill.
  const LAST = /relationships (\d+)\/\1$/;
  const early: [string, RegExp, number][] = [
    ['right after the file validated', /is valid/, 0],
    ['while nodes are copied', /writing nodes \d+ written/, 0],
    ['while nodes are copied, later', /writing nodes \d+ written/, 150],
    ['while relationships are copied', /writing relationships \d+ written/, 0],
    ['while relationships are copied, later', /writing relationships \d+ written/, 150],
  ];
  it.each(early)('%s: the graph from before', async (_name, at, delay) => {
    const run = await runCli('seed/cli/import.ts', [dumpFile], dataDir, at, delay);
    expect(run.killed, run.lines.join('\n')).toBe(true);
    const hash = await hashOf(dataDir);
    if (run.lines.some((l) => LAST.test(l))) {
      expect([BEFORE, AFTER], `killed after the copy ended\n${run.lines.join('\n')}`).toContain(hash);
      if (hash === AFTER) await reset(dataDir, fixture);
    } else expect(hash, run.lines.join('\n')).toBe(BEFORE);
  });

  // From there on the rename may or may not have happened: BEFORE or AFTER, nothing else.
  const late: [string, number][] = [['at once', 0], ['50 ms later', 50], ['400 ms later', 400], ['800 ms later', 800]];
  it.each(late)('after the last relationship, %s: the graph from before or from after', async (_name, delay) => {
    const run = await runCli('seed/cli/import.ts', [dumpFile], dataDir, LAST, delay);
    const hash = await hashOf(dataDir);
    expect([BEFORE, AFTER], `killed: ${run.killed}\n${run.lines.join('\n')}`).toContain(hash);
    if (hash === AFTER) await reset(dataDir, fixture);
  });

  it('run to the end: the graph from after, and no build file left behind by the killed runs', async () => {
    const run = await runCli('seed/cli/import.ts', [dumpFile], dataDir);
    expect(run.code, run.lines.join('\n')).toBe(0);
    expect(await hashOf(dataDir)).toBe(AFTER);
    expect(readdirSync(dataDir).filter((f) => f.includes('.loading-'))).toEqual([]);
  });

  it('export, killed at any moment, leaves the target file whole or absent', async () => {
    const out = join(dataDir, 'exported.json');
    for (const delay of [300, 900, 1500, 2500]) {
      await runCli('seed/cli/export.ts', [out], dataDir, null, delay);
      if (existsSync(out)) expect(readFileSync(out, 'utf8')).toBe(serializeDump(big));
    }
    const run = await runCli('seed/cli/export.ts', [out], dataDir);
    expect(run.code, run.lines.join('\n')).toBe(0);
    expect(graphHash(parseDump(readFileSync(out, 'utf8'), out))).toBe(AFTER);
  });
});

describe('npm run seed, killed while it writes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-kill-seed-'));
  const seedDir = join(dataDir, 'seed');

  /** The fixture seed plus a few thousand more concepts, so that writing takes a while. */
  beforeAll(async () => {
    const copy = (from: string, to: string) => {
      mkdirSync(to, { recursive: true });
      for (const f of readdirSync(from, { withFileTypes: true })) {
        if (f.isDirectory()) copy(join(from, f.name), join(to, f.name));
        else writeFileSync(join(to, f.name), readFileSync(join(from, f.name)));
      }
    };
    copy(FIXTURE_SEED, seedDir);
    mkdirSync(join(seedDir, 'concept'));
    const items = Array.from({ length: 4000 }, (_, i) => ({
      id: `concept:extra-${i}`, nameZh: `概念${i}`, nameEn: `Concept ${i}`, summaryZh: '测试。', summaryEn: 'For tests.',
      sources: [{ doc: 'pub:fixture-doc', locator: String(i) }],
      links: i > 0 ? [{ rel: 'RELATED_TO', to: `concept:extra-${i - 1}` }] : [],
    }));
    writeFileSync(join(seedDir, 'concept', 'extra.yaml'), stringify(items));
    await reset(dataDir, fixture);
  });

  it('killed mid-write: before; killed after the last relationship: before or after; finished: after', async () => {
    const AFTER = graphHash(loadSeedFiles(seedDir));
    for (const [at, delay] of [[/seed: writing nodes/, 0], [/seed: writing relationships/, 0]] as const) {
      const run = await runCli('seed/cli/seed.ts', [seedDir], dataDir, at, delay);
      expect(run.killed, run.lines.join('\n')).toBe(true);
      expect(await hashOf(dataDir)).toBe(BEFORE);
    }
    for (const delay of [0, 100]) {
      await runCli('seed/cli/seed.ts', [seedDir], dataDir, /seed: writing relationships (\d+)\/\1$/, delay);
      const hash = await hashOf(dataDir);
      expect([BEFORE, AFTER]).toContain(hash);
      if (hash === AFTER) await reset(dataDir, fixture);
    }
    const done = await runCli('seed/cli/seed.ts', [seedDir], dataDir);
    expect(done.code, done.lines.join('\n')).toBe(0);
    expect(await hashOf(dataDir)).toBe(AFTER);
  });
});
