/**
 * `npm run export` and `npm run import` (issue 7) round-trip a graph exactly: the graph imported into a
 * fresh store equals the one exported, and exporting it again gives the same bytes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { graphHash } from '../../graph-schema/graphHash.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { awkwardGraph } from '../contract/graphStoreContract.js';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const cli = (script: string, args: string[], dataDir: string) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ATLAS_DATA_DIR: dataDir, NEO4J_URI: '' } });
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('export and import', () => {
  it('round-trip a graph with awkward values exactly, byte for byte', async () => {
    const graph = awkwardGraph();
    const a = mkdtempSync(join(tmpdir(), 'atlas-exp-a-'));
    const b = mkdtempSync(join(tmpdir(), 'atlas-exp-b-'));
    const first = join(a, 'first.json');
    const second = join(b, 'second.json');
    const source = await KuzuStore.open({ path: join(a, 'atlas.kuzu') });
    await source.replaceAll(graph);
    await source.close();

    expect((await cli('seed/cli/export.ts', [first], a)).stdout).toMatch(`export: ${graph.nodes.length} nodes and ${graph.edges.length} relationships`);
    expect((await cli('seed/cli/import.ts', [first], b)).stdout).toMatch(`import: done, graph hash ${graphHash(graph)}`);
    await cli('seed/cli/export.ts', [second], b);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    const target = await KuzuStore.open({ path: join(b, 'atlas.kuzu'), readOnly: true });
    try {
      const dump = await target.dump();
      expect(byId(dump.nodes)).toEqual(byId(graph.nodes));
      expect(byId(dump.edges)).toEqual(byId(graph.edges));
      expect((await target.auditLog({}, 0, 10)).items[0]).toMatchObject({ action: 'REPLACE_GRAPH', who: 'npm run import (first.json)' });
    } finally {
      await target.close();
    }
  });

  it('refuses a broken dump before opening the store, with the problems listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-exp-bad-'));
    const file = join(dir, 'bad.json');
    const dump = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as unknown;
    writeFileSync(file, JSON.stringify(dump));
    const failed = await cli('seed/cli/import.ts', [file], dir).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/bad\.json is not a graph dump that can be imported/);
    expect(KuzuStore.exists(join(dir, 'atlas.kuzu'))).toBe(false);
  });
});
