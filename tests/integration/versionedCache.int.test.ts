/**
 * versionedCache (issue 8): one computation per key and graph version, shared by concurrent asks; failures are
 * not kept; a new graph version starts empty; the oldest key goes past the bound. On a real embedded store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { bumpGraphEpoch } from '../../api/src/services/graphVersion.js';
import { versionedCache } from '../../api/src/services/versionedCache.js';
import { loadSeedFiles } from '../../seed/loader/loadSeedFiles.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';

let store: KuzuStore;

beforeAll(async () => {
  store = await KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-vcache-')), 'atlas.kuzu') });
  await store.replaceAll(loadSeedFiles(FIXTURE_SEED));
});
afterAll(() => store.close());

describe('versionedCache', () => {
  it('computes once for concurrent asks of one key, and again after the graph version changes', async () => {
    const cache = versionedCache<string>();
    let runs = 0;
    const compute = async (version: string) => `${++runs}:${version.length}`;
    const [a, b, c] = await Promise.all([cache(store, 'k', compute), cache(store, 'k', compute), cache(store, 'k', compute)]);
    expect(runs).toBe(1);
    expect(new Set([a, b, c]).size).toBe(1);
    bumpGraphEpoch(store);
    await cache(store, 'k', compute);
    expect(runs).toBe(2);
  });

  it('does not keep a failure', async () => {
    const cache = versionedCache<number>();
    await expect(cache(store, 'k', () => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    await expect(cache(store, 'k', async () => 7)).resolves.toBe(7);
  });

  it('keeps at most the bound, dropping the oldest key', async () => {
    const cache = versionedCache<string>(2);
    let runs = 0;
    const compute = async () => String(++runs);
    for (const k of ['a', 'b', 'c']) await cache(store, k, compute);
    await cache(store, 'c', compute);
    await cache(store, 'b', compute);
    expect(runs).toBe(3); // b and c kept
    await cache(store, 'a', compute);
    expect(runs).toBe(4); // a was dropped
  });
});
