/**
 * Every database query has a time limit (ATLAS_QUERY_TIMEOUT_MS, issue 7). A real, heavy query on a
 * synthetic graph is stopped with QUERY_TIMEOUT while quick requests sent at the same time are answered,
 * and the server and its connections go on working afterwards.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../graph-schema/records.js';
import { loadConfig } from '../../api/src/config.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { openStore } from '../../api/src/store/openStore.js';
import { StoreError } from '../../api/src/store/StoreError.js';
import { nodeOf } from '../contract/graphStoreContract.js';
import { codes, startHttp, type Http } from './securityHarness.js';

/**
 * Generous for a quick id look-up even on a loaded test machine, and several times shorter than the heavy
 * search takes on any machine (it scans 20,000 long names for 27 words and sorts them all).
 */
const TIMEOUT_MS = 150;
const N = 20_000;
/** Text every name starts with, so that each word of the search is looked for across a long string. */
const PADDING = 'x'.repeat(1500);
const WORDS = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco'.split(' ');

/**
 * 20,000 concepts whose long names end with every word of a 27-word search: a search for all of them makes
 * the engine scan every name for every word and sort every node (seconds of engine time, a small answer),
 * while looking a node up by id stays cheap.
 */
function wordyGraph() {
  const nodes: NodeRecord[] = Array.from({ length: N }, (_, i) =>
    nodeOf('Concept', `concept:c${i}`, { nameEn: `${PADDING} ${WORDS.join(' ')} ${i}` }),
  );
  return { nodes, edges: [] as EdgeRecord[] };
}

const TEXT = WORDS.join(' ');
const HEAVY = `{ search(text: "${TEXT}", first: 100) { totalCount nodes { id } } }`;
const LIGHT = (i: number) => `{ node(id: "concept:c${i}") { id } }`;

let path: string;

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'atlas-timeout-')), 'atlas.kuzu');
  const builder = await KuzuStore.open({ path });
  try {
    await builder.replaceAll(wordyGraph());
    // Without a time limit the heavy search completes and finds every concept.
    expect((await builder.search(TEXT, {}, 0, 100)).total).toBe(N);
  } finally {
    await builder.close();
  }
});


// Timing under a shared CPU (other test files run in parallel): a timing miss is retried, a real failure repeats.
describe('in the store', { retry: 2 }, () => {
  it('stops a slow query with a TIMEOUT StoreError while a quick one on another connection is answered', async () => {
    const store = await KuzuStore.open({ path, queryTimeoutMs: TIMEOUT_MS });
    try {
      // A running server is warm: every connection has prepared its statements and the pages are cached.
      await Promise.all(Array.from({ length: 8 }, (_, i) => store.getNodes([`concept:c${i}`])));
      const [slow, quick] = await Promise.allSettled([store.search(TEXT, {}, 0, 100), store.getNodes(['concept:c1'])]);
      expect(slow.status).toBe('rejected');
      expect((slow as PromiseRejectedResult).reason).toBeInstanceOf(StoreError);
      expect(((slow as PromiseRejectedResult).reason as StoreError).kind).toBe('TIMEOUT');
      expect(quick).toMatchObject({ status: 'fulfilled', value: [{ id: 'concept:c1' }] });
      // Every connection is usable afterwards (the interrupted read-only transaction was ended).
      const again = await Promise.all(Array.from({ length: 8 }, (_, i) => store.getNodes([`concept:c${i}`])));
      expect(again.map((r) => r.length)).toEqual(Array(8).fill(1));
    } finally {
      await store.close();
    }
  });
});

describe('whole-graph reads', () => {
  it('a dump (batch work, cached per graph version) is not cut off by the limit, and the limit holds again after it', async () => {
    // 1 ms: far below what reading 20,000 long names takes, so only an exempt read can finish.
    const store = await KuzuStore.open({ path, queryTimeoutMs: 1 });
    try {
      const dump = await store.dump();
      expect(dump.nodes).toHaveLength(N);
      await expect(store.search(TEXT, {}, 0, 100)).rejects.toMatchObject({ kind: 'TIMEOUT' });
    } finally {
      await store.close();
    }
  });
});

describe('through the API (ATLAS_QUERY_TIMEOUT_MS, real HTTP)', { retry: 2 }, () => {
  let http: Http;
  beforeAll(async () => {
    // The store's limit is what is tested: with the read model on, the heavy search would be answered from
    // memory once the model is built (tests/integration/readModelStore.int.test.ts covers that path).
    const config = loadConfig({ ATLAS_DATA_DIR: join(path, '..'), ATLAS_QUERY_TIMEOUT_MS: String(TIMEOUT_MS), ATLAS_READ_MODEL: 'off' });
    expect(config.store).toMatchObject({ kind: 'kuzu', path, queryTimeoutMs: TIMEOUT_MS, readModel: null });
    const store = (await openStore(config.store)) as KuzuStore;
    http = await startHttp({ kuzu: store });
  });
  afterAll(async () => {
    await http.close();
    await http.kuzu.close();
  });

  it('answers QUERY_TIMEOUT for the heavy request while quick ones sent during it are answered', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => http.gql(LIGHT(i)))); // warm, as a running server is
    let done = false;
    const heavy = http.gql(HEAVY).finally(() => (done = true));
    const quick: Awaited<ReturnType<Http['gql']>>[] = [];
    for (let i = 0; !done || quick.length < 3; i++) quick.push(await http.gql(LIGHT(i)));
    const h = await heavy;
    expect(h.body.errors).toEqual([{ message: 'the query took too long and was stopped', path: ['search'], extensions: { code: 'QUERY_TIMEOUT' } }]);
    expect(h.body.data).toBeNull();
    for (const [i, r] of quick.entries()) expect(r.body).toEqual({ data: { node: { id: `concept:c${i}` } } });
  });

  it('goes on serving, and times out the next heavy request the same way', async () => {
    expect(await http.stillUp()).toBe(true);
    expect(codes((await http.gql(HEAVY)).body)).toEqual(['QUERY_TIMEOUT']);
    expect((await http.gql(LIGHT(42))).body.errors).toBeUndefined();
  });
});
