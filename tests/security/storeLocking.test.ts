/**
 * The embedded store opened twice read-write (issue 7): the second opener gets StoreError LOCKED with a
 * message naming the file and what to do, and the data is untouched — across processes (Kuzu's file lock)
 * and within one process (which Kuzu itself would allow).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphHash } from '../../graph-schema/graphHash.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { StoreError } from '../../api/src/store/StoreError.js';
import { seedStore } from '../../seed/loader/seedStore.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
const path = join(dataDir, 'atlas.kuzu');
let hash: string;

/** A second process that opens the store read-write, says "open", and keeps it until killed. */
function holder(): Promise<ChildProcess> {
  const code = `import { KuzuStore } from './api/src/store/embedded/KuzuStore.ts';
    const s = await KuzuStore.open({ path: ${JSON.stringify(path)} });
    console.log('open'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('open') && ok(child));
    child.on('exit', (c) => fail(new Error(`holder exited with ${c}`)));
  });
}

async function lockedError(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(StoreError);
  return e as StoreError;
}

beforeAll(async () => {
  const store = await KuzuStore.open({ path });
  await seedStore(store, FIXTURE_SEED);
  hash = graphHash(await store.dump());
  await store.close();
});

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

describe('a second read-write opener', () => {
  it('in another process: LOCKED, naming the file and what to do; the holder\'s data is intact', async () => {
    child = await holder();
    const e = await lockedError(KuzuStore.open({ path }));
    expect(e.kind).toBe('LOCKED');
    expect(e.message).toContain(path);
    expect(e.message).toMatch(/open in another process .* Stop that process and try again, or set ATLAS_DATA_DIR/);
    // A read-only opener is refused the same way while a writer holds the file.
    expect((await lockedError(KuzuStore.open({ path, readOnly: true }))).kind).toBe('LOCKED');
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = undefined;
    const store = await KuzuStore.open({ path });
    try {
      expect(graphHash(await store.dump())).toBe(hash);
    } finally {
      await store.close();
    }
  });

  it('`npm run seed` while a server holds the store: exit code 1, the clear message, nothing written', async () => {
    const store = await KuzuStore.open({ path });
    try {
      const failed = await run(process.execPath, ['--import', 'tsx', 'seed/cli/seed.ts', FIXTURE_SEED], { cwd: ROOT, env: { ...process.env, ATLAS_DATA_DIR: dataDir, NEO4J_URI: '' } }).then(
        () => null,
        (x: { code: number; stderr: string }) => x,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain(`the embedded database ${path} is open in another process`);
      expect(graphHash(await store.dump())).toBe(hash);
    } finally {
      await store.close();
    }
  });

  it('in the same process: LOCKED as well (Kuzu would let it through and two writers would corrupt the file)', async () => {
    const first = await KuzuStore.open({ path });
    try {
      const e = await lockedError(KuzuStore.open({ path }));
      expect(e.kind).toBe('LOCKED');
      expect(e.message).toMatch(/is already open in this process/);
      expect(graphHash(await first.dump())).toBe(hash);
    } finally {
      await first.close();
    }
    const again = await KuzuStore.open({ path });
    await again.close();
  });
});
