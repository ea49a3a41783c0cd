/**
 * The public read path cannot write (issue 7). KuzuStore runs every read in a `BEGIN TRANSACTION READ ONLY`
 * transaction, so the engine itself refuses a write that reaches it (Neo4jStore: executeRead in a READ
 * session, see api/src/store/neo4j/neo4jCuration.test.ts). Over HTTP, no query field calls a write method.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphHash } from '../../graph-schema/graphHash.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import type { KuzuPool } from '../../api/src/store/embedded/KuzuPool.js';
import { StoreError } from '../../api/src/store/StoreError.js';
import { seedStore } from '../../seed/loader/seedStore.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';
import { startHttp } from './securityHarness.js';

describe('KuzuStore reads in read-only transactions', () => {
  let store: KuzuStore;
  let hash: string;
  beforeAll(async () => {
    store = await KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-ro-')), 'atlas.kuzu') });
    await seedStore(store, FIXTURE_SEED);
    hash = graphHash(await store.dump());
  });
  afterAll(async () => {
    await store.close();
  });

  /** The pool every read method goes through; reached here only to hand it a write. */
  const pool = () => (store as unknown as { pool: KuzuPool }).pool;

  it.each([
    ['CREATE', "CREATE (:Entity {id: 'actor:intruder', type: 'Actor'})"],
    ['SET', "MATCH (n:Entity) WHERE n.id = 'mechanism:alpha' SET n.nameEn = 'changed'"],
    ['DETACH DELETE', 'MATCH (n:Entity) DETACH DELETE n'],
    ['DDL', 'CREATE NODE TABLE Intruder(id STRING PRIMARY KEY)'],
  ])('the engine refuses %s on the read path, and nothing changes', async (_name, statement) => {
    const e = await pool()
      .read(['MATCH (n:Entity) RETURN count(n) AS c', {}], [statement, {}])
      .then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect(String((e as StoreError).cause)).toMatch(/read-only transaction|read only/i);
    expect(graphHash(await store.dump())).toBe(hash);
  });

  it('the same change does go through the write path (the refusals above are the read-only transaction)', async () => {
    const [alpha] = await store.getNodes(['mechanism:alpha']);
    await store.updateNode({ ...alpha, props: { ...alpha.props, nameEn: 'changed' } }, { who: 'test' });
    expect((await store.getNodes(['mechanism:alpha']))[0].props.nameEn).toBe('changed');
  });
});

describe('over HTTP, queries never call a write method', () => {
  it('every query field, with every argument, leaves the store unwritten', async () => {
    const http = await startHttp();
    try {
      const queries = [
        '{ stats { nodes relationships nodesByType { type count } } }',
        '{ node(id: "mechanism:alpha") { id degree sources { doc publication { id } } } }',
        '{ search(text: "linkage", types: [Mechanism], first: 5) { totalCount nodes { id } } }',
        '{ entities(type: Case, filter: { sourceDoc: "900_0000000000000000", yearFrom: 2000, yearTo: 2020, text: "实践" }) { totalCount } }',
        '{ neighbourhood(id: "mechanism:alpha", depth: 3, relations: [INVOLVES, HAS_PART], types: [Actor, Mechanism], limit: 50) { nodes { id } edges { id } } }',
        '{ paths(from: "city:testville", to: "actor:social-worker", maxLength: 6, first: 20) { length } }',
        '{ analytics(scope: { types: [Mechanism, Actor] }, top: 10) { nodeCount communities { size } } }',
      ];
      for (const q of queries) {
        const { body } = await http.gql(q);
        expect(body.errors, q).toBeUndefined();
      }
      expect(http.calls.calls.length).toBeGreaterThan(queries.length);
      expect(http.calls.writes).toBe(0);
    } finally {
      await http.close();
    }
  });
});
