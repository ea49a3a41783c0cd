/**
 * How Neo4jStore uses the driver, checked against a recording stand-in for neo4j-driver's Driver (no
 * server runs here): transaction kinds, timeouts, parameters, Integer conversion, session cleanup and
 * the single-transaction rebuild. What the server does with the statements is the contract suite's job.
 */
import neo4j from 'neo4j-driver';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../../../graph-schema/records.js';
import { read, schema, write } from '../cypher/statements.js';
import { nodeToRow } from '../recordMapping.js';
import { StoreError } from '../StoreError.js';
import { Neo4jStore } from './Neo4jStore.js';

interface Tx {
  mode: 'READ' | 'WRITE';
  config: { timeout?: number };
  database: string | undefined;
  runs: { text: string; params: Record<string, unknown> }[];
}

const fake = vi.hoisted(() => ({
  transactions: [] as Tx[],
  sessionsOpen: 0,
  driverClosed: false,
  /** Rows the "server" answers a statement with. */
  respond: (() => []) as (text: string, params: Record<string, unknown>) => Record<string, unknown>[],
  fail: undefined as Error | undefined,
}));

vi.mock('neo4j-driver', async (importOriginal) => {
  const actual = (await importOriginal<{ default: typeof neo4j }>()).default;
  const driver = () => ({
    verifyConnectivity: async () => ({}),
    close: async () => void (fake.driverClosed = true),
    session: ({ database, defaultAccessMode }: { database?: string; defaultAccessMode: string }) => {
      fake.sessionsOpen++;
      const execute = (mode: Tx['mode']) => async (work: (tx: unknown) => Promise<unknown>, config: Tx['config']) => {
        if (defaultAccessMode !== actual.session[mode]) throw new Error(`${mode} transaction in a ${defaultAccessMode} session`);
        const tx: Tx = { mode, config, database, runs: [] };
        fake.transactions.push(tx);
        return work({
          run: async (text: string, params: Record<string, unknown> = {}) => {
            tx.runs.push({ text, params });
            if (fake.fail) throw fake.fail;
            return { records: fake.respond(text, params).map((row) => ({ toObject: () => row })) };
          },
        });
      };
      return { executeRead: execute('READ'), executeWrite: execute('WRITE'), close: async () => void fake.sessionsOpen-- };
    },
  });
  return { default: { ...actual, driver } };
});

const node = (id: string, type: NodeRecord['type'], extra: NodeRecord['props'] = {}): NodeRecord => ({
  id, type, sources: [{ doc: 'd', locator: '1' }],
  props: { nameZh: id, nameEn: null, summaryZh: null, summaryEn: null, aliases: [], yearFrom: 2015, yearTo: null, ...extra },
});
const edge = (from: string, type: EdgeRecord['type'], to: string): EdgeRecord => ({
  id: `${from}|${type}|${to}`, type, from, to, sources: [], props: { noteZh: null, noteEn: null },
});
const driverNode = (n: NodeRecord) => new neo4j.types.Node(neo4j.int(1), ['Entity'], { ...nodeToRow(n), yearFrom: neo4j.int(2015) }, `4:x:${n.id}`);

const open = () => Neo4jStore.open({ uri: 'bolt://fake', username: 'neo4j', password: 'pw', database: 'atlas', queryTimeoutMs: 1234 });

beforeEach(() => {
  fake.transactions = [];
  fake.sessionsOpen = 0;
  fake.driverClosed = false;
  fake.respond = () => [];
  fake.fail = undefined;
});
afterEach(() => expect(fake.sessionsOpen).toBe(0));

describe('Neo4jStore with a stand-in driver', () => {
  it('creates the constraint and indexes on open, one write transaction each', async () => {
    await open();
    expect(fake.transactions.map((t) => [t.mode, t.runs.map((r) => r.text)])).toEqual(schema.neo4j().map((ddl) => ['WRITE', [ddl]]));
  });

  it('reads in read transactions on the configured database with the query timeout', async () => {
    const store = await open();
    fake.transactions = [];
    fake.respond = (text) => (text === read.nodesByIds('neo4j') ? [{ n: driverNode(node('case:a', 'Case')) }] : []);
    const nodes = await store.getNodes(['case:a']);
    expect(nodes).toEqual([node('case:a', 'Case', { locality: null, dimension: null })]);
    expect(fake.transactions).toEqual([{ mode: 'READ', config: { timeout: 1234 }, database: 'atlas', runs: [{ text: read.nodesByIds('neo4j'), params: { ids: ['case:a'] } }] }]);
  });

  it('sends SKIP and LIMIT as Cypher integers and reads the Integer total as a number', async () => {
    const store = await open();
    fake.transactions = [];
    fake.respond = (text) => (text === read.searchCount('neo4j') ? [{ total: neo4j.int(7) }] : []);
    const page = await store.search('  Three Linkage ', { types: ['Mechanism'] }, 20, 10);
    expect(page.total).toBe(7);
    const [tx] = fake.transactions;
    expect(tx.runs.map((r) => r.text)).toEqual([read.search('neo4j'), read.searchCount('neo4j')]);
    const params = tx.runs[0].params;
    expect(neo4j.isInt(params.skip) && neo4j.isInt(params.limit)).toBe(true);
    expect([String(params.skip), String(params.limit)]).toEqual(['20', '10']);
    expect(params).toMatchObject({ tokens: ['three', 'linkage'], raw: 'Three Linkage', lower: 'three linkage', types: ['Mechanism'], sourceDoc: null });
  });

  it('maps shortest paths to PathRecords and returns none from a node to itself without asking', async () => {
    const store = await open();
    fake.transactions = [];
    const a = driverNode(node('case:a', 'Case'));
    const b = driverNode(node('mechanism:b', 'Mechanism'));
    const r = new neo4j.types.Relationship(neo4j.int(3), a.identity, b.identity, 'APPLIES', { sources: '[]' }, '5:x:3', a.elementId, b.elementId);
    fake.respond = () => [{ p: new neo4j.types.Path(b, a, [new neo4j.types.PathSegment(b, r, a)]) }];
    const [path] = await store.shortestPaths('mechanism:b', 'case:a', 3, 5);
    expect(path.nodes.map((n) => n.id)).toEqual(['mechanism:b', 'case:a']);
    expect(path.edges.map((e) => e.id)).toEqual(['case:a|APPLIES|mechanism:b']);
    expect(fake.transactions[0].runs[0].text).toBe(read.shortestPaths('neo4j', 3));
    expect(await store.shortestPaths('case:a', 'case:a', 3, 5)).toEqual([]);
    expect(fake.transactions).toHaveLength(1);
  });

  it('rebuilds in one write transaction: delete, nodes per label, relationships per type, 5000 rows a batch', async () => {
    const store = await open();
    fake.transactions = [];
    const cases = Array.from({ length: 5001 }, (_, i) => node(`case:c${i}`, 'Case'));
    const mechanism = node('mechanism:m', 'Mechanism');
    const edges = [edge('case:c0', 'APPLIES', 'mechanism:m'), { ...edge('mechanism:m', 'HAS_PART', 'mechanism:m'), props: { noteZh: null, noteEn: null, order: 2 } }];
    await store.replaceAll({ nodes: [...cases, mechanism], edges });
    expect(fake.transactions).toHaveLength(1);
    const [tx] = fake.transactions;
    expect(tx.mode).toBe('WRITE');
    expect(tx.config).toEqual({ timeout: 1234 });
    expect(tx.runs.map((r) => [r.text, (r.params.rows as unknown[] | undefined)?.length])).toEqual([
      [write.deleteAll('neo4j'), undefined],
      [write.insertNodes('neo4j', 'Case'), 5000],
      [write.insertNodes('neo4j', 'Case'), 1],
      [write.insertNodes('neo4j', 'Mechanism'), 1],
      [write.insertEdges('neo4j', 'APPLIES'), 1],
      [write.insertEdges('neo4j', 'HAS_PART'), 1],
    ]);
    const caseRow = (tx.runs[1].params.rows as Record<string, unknown>[])[0];
    expect(neo4j.isInt(caseRow.yearFrom)).toBe(true);
    expect(caseRow.yearTo).toBeNull();
    const partRow = (tx.runs[5].params.rows as Record<string, unknown>[])[0];
    expect(partRow).toMatchObject({ from: 'mechanism:m', to: 'mechanism:m' });
    expect(neo4j.isInt(partRow.order)).toBe(true);
  });

  it('maps driver failures to StoreErrors and still closes the session', async () => {
    const store = await open();
    fake.fail = new neo4j.Neo4jError('took too long', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '25N05', '');
    const err = await store.listEntities({}, 0, 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ kind: 'TIMEOUT', cause: fake.fail });
  });

  it('refuses an integer too large for a JS number instead of rounding it', async () => {
    const store = await open();
    fake.respond = () => [{ type: 'Case', count: neo4j.int('9007199254740993') }];
    await expect(store.stats()).rejects.toMatchObject({ kind: 'INTERNAL' });
  });

  it('closes the driver on close, and when open fails', async () => {
    const store = await open();
    await store.close();
    expect(fake.driverClosed).toBe(true);
    fake.driverClosed = false;
    fake.fail = new neo4j.Neo4jError('no', 'Neo.ClientError.Security.Forbidden', '42NFF', '');
    await expect(open()).rejects.toBeInstanceOf(StoreError);
    expect(fake.driverClosed).toBe(true);
  });
});
