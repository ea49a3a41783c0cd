import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphHash } from '../../graph-schema/graphHash.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { loadSeedFiles } from '../../seed/loader/loadSeedFiles.js';
import { SeedError } from '../../seed/loader/SeedError.js';
import { seedStore } from '../../seed/loader/seedStore.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** A private copy of the fixture seed that a test may break. */
function seedCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'atlas-seed-')), 'seed');
  cpSync(FIXTURE_SEED, dir, { recursive: true });
  return dir;
}

function issuesOf(dir: string): string {
  try {
    loadSeedFiles(dir);
  } catch (e) {
    if (e instanceof SeedError) return e.message;
    throw e;
  }
  throw new Error('expected the seed to be rejected');
}

describe('seed loader', () => {
  let store: KuzuStore;
  let before: string;
  beforeEach(async () => {
    store = await KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-load-')), 'atlas.kuzu') });
    await seedStore(store, FIXTURE_SEED);
    before = graphHash(await store.dump());
  });
  afterEach(async () => {
    await store.close();
  });

  async function expectRejectedAndUnchanged(dir: string, pattern: RegExp) {
    await expect(seedStore(store, dir)).rejects.toThrow(pattern);
    expect(graphHash(await store.dump())).toBe(before);
  }

  it('rejects malformed YAML with file and line, writing nothing', async () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'actor', 'broken.yaml'), '- id: actor:broken\n  nameZh: [unclosed\n');
    expect(issuesOf(dir)).toMatch(/actor\/broken\.yaml:\d+: \(yaml\)/);
    await expectRejectedAndUnchanged(dir, /broken\.yaml/);
  });

  it('rejects a dangling reference, naming file, line and field', async () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'links', 'dangling.yaml'), '# a link to nowhere\n- { from: mechanism:alpha, rel: INVOLVES, to: actor:ghost, sources: [{ doc: pub:fixture-doc, locator: "1" }] }\n');
    expect(issuesOf(dir)).toMatch(/links\/dangling\.yaml:2: to: dangling reference: no node actor:ghost/);
    await expectRejectedAndUnchanged(dir, /dangling reference/);
  });

  it('rejects a duplicate id, naming both places', async () => {
    const dir = seedCopy();
    writeFileSync(
      join(dir, 'actor', 'zz-again.yaml'),
      '- id: actor:social-worker\n  nameZh: 社工\n  nameEn: Social Worker Again\n  summaryZh: 重复。\n  summaryEn: Duplicate.\n  sources: [{ doc: pub:fixture-doc, locator: "1" }]\n',
    );
    expect(issuesOf(dir)).toMatch(/actor\/zz-again\.yaml:1: id: duplicate id actor:social-worker, first defined at .*actor\/core\.yaml:\d+/);
    await expectRejectedAndUnchanged(dir, /duplicate id/);
  });

  it('rejects unknown fields, bad enumerations, forbidden pairs and missing sources with their lines', () => {
    const dir = seedCopy();
    writeFileSync(
      join(dir, 'actor', 'bad.yaml'),
      [
        '- id: actor:bad',
        '  nameZh: 坏',
        '  nameEn: Bad',
        '  summaryZh: 坏的。',
        '  summaryEn: Bad one.',
        '  sector: pirate',
        '  colour: red',
        '  sources: []',
        '  links:',
        '    - { rel: APPLIES, to: mechanism:alpha }',
      ].join('\n'),
    );
    const message = issuesOf(dir);
    expect(message).toMatch(/bad\.yaml:6: sector: must be one of party/);
    expect(message).toMatch(/bad\.yaml:7: colour: unknown field for Actor/);
    expect(message).toMatch(/bad\.yaml:8: sources: at least one source/);
    expect(message).toMatch(/bad\.yaml:10: links\.0\.to: APPLIES may not join Actor to Mechanism/);
  });

  it('rejects an English name that disagrees with the glossary', () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'glossary', 'more.yaml'), '社会工作者: Professional Social Worker\n');
    expect(issuesOf(dir)).toMatch(/actor\/core\.yaml:\d+: nameEn: glossary .* renders 社会工作者 as "Professional Social Worker"/);
  });

  it('gives the identical graph when run a second time', async () => {
    await seedStore(store, FIXTURE_SEED);
    expect(graphHash(await store.dump())).toBe(before);
  });

  it('exits non-zero from the command line with file:line errors and leaves the store as it was', async () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'links', 'dangling.yaml'), '- { from: mechanism:alpha, rel: INVOLVES, to: actor:ghost, sources: [{ doc: pub:fixture-doc, locator: "1" }] }\n');
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    const env = { ...process.env, ATLAS_DATA_DIR: dataDir, NEO4J_URI: '' };
    const ok = await run('npx', ['tsx', 'seed/cli/seed.ts', FIXTURE_SEED], { cwd: ROOT, env });
    expect(ok.stdout).toMatch(/seed: done, 8 nodes and 9 relationships in kuzu/);
    const failed = await run('npx', ['tsx', 'seed/cli/seed.ts', dir], { cwd: ROOT, env }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/dangling\.yaml:1: to: dangling reference/);
    const check = await KuzuStore.open({ path: join(dataDir, 'atlas.kuzu'), readOnly: true });
    try {
      expect((await check.stats()).nodesByType.Mechanism).toBe(3);
    } finally {
      await check.close();
    }
  });
});
