/**
 * The behaviour every GraphStore must have. Runs on Kuzu always and on Neo4j whenever NEO4J_URI is set;
 * each describe block loads its own copy of the fixture graph, so tests never share database state.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePropSpecs, relPropSpecs } from '../../graph-schema/model.js';
import { edgeId, type EdgeRecord, type GraphData, type NodeRecord } from '../../graph-schema/records.js';
import type { AuditRecord, GraphStore } from '../../api/src/store/GraphStore.js';
import { StoreError } from '../../api/src/store/StoreError.js';
import { loadSeedFiles } from '../../seed/loader/loadSeedFiles.js';

export const FIXTURE_SEED = resolve(import.meta.dirname, '../fixtures/seed-small');

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** A graph with awkward values: quotes, Cypher-looking text, backslashes, emoji, long lists. */
export function awkwardGraph(): GraphData {
  const base = loadSeedFiles(FIXTURE_SEED);
  const evil: NodeRecord = {
    id: 'actor:evil',
    type: 'Actor',
    sources: [{ doc: 'pub:fixture-doc', locator: `'}) MATCH (n) DETACH DELETE n //` }],
    props: {
      ...base.nodes.find((n) => n.id === 'actor:social-worker')!.props,
      nameZh: `"引号' \\ 反斜杠 😀`,
      nameEn: "Robert'); DROP TABLE Students;-- ${x}",
      aliases: ['a', '', ' b ', '$param', '`backtick`'],
    },
  };
  return { nodes: [...base.nodes, evil], edges: base.edges };
}

export function runGraphStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const graph = loadSeedFiles(FIXTURE_SEED);

    beforeAll(async () => {
      store = await open();
      await store.replaceAll(graph);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('stores every node and relationship it was given, counted by type', async () => {
      const stats = await store.stats();
      expect(Object.values(stats.nodesByType).reduce((a, b) => a + b, 0)).toBe(graph.nodes.length);
      expect(Object.values(stats.edgesByType).reduce((a, b) => a + b, 0)).toBe(graph.edges.length);
      expect(stats.nodesByType.Mechanism).toBe(3);
      expect(stats.edgesByType.HAS_PART).toBe(3);
    });

    it('dumps exactly the graph it was given', async () => {
      const dump = await store.dump();
      expect(byId(dump.nodes)).toEqual(byId(graph.nodes));
      expect(byId(dump.edges)).toEqual(byId(graph.edges));
    });

    it('returns nodes by id with their sources and properties, skipping unknown ids', async () => {
      const nodes = await store.getNodes(['mechanism:alpha', 'city:testville', 'actor:nobody']);
      expect(byId(nodes)).toEqual(byId(graph.nodes.filter((n) => n.id === 'mechanism:alpha' || n.id === 'city:testville')));
    });

    it('finds Chinese substrings, English words case-insensitively and aliases', async () => {
      expect((await store.search('社联', {}, 0, 10)).items.map((n) => n.id)).toEqual(['mechanism:alpha']);
      expect((await store.search('LINKAGE', {}, 0, 10)).items.map((n) => n.id)).toEqual(['mechanism:alpha']);
      expect((await store.search('居委会', {}, 0, 10)).items.map((n) => n.id)).toEqual(['actor:residents-committee']);
      expect((await store.search('three linkage', {}, 0, 10)).items.map((n) => n.id)).toEqual(['mechanism:alpha']);
    });

    it('ranks an exact name first and pages search results with a total', async () => {
      const all = await store.search('part', {}, 0, 10);
      expect(all.total).toBe(2);
      const first = await store.search('part', {}, 0, 1);
      const second = await store.search('part', {}, 1, 1);
      expect(first.total).toBe(2);
      expect([...first.items, ...second.items].map((n) => n.id).sort()).toEqual(['mechanism:alpha-part-one', 'mechanism:alpha-part-two']);
      expect((await store.search('第一部分', {}, 0, 10)).items[0].id).toBe('mechanism:alpha-part-one');
    });

    it('filters search and listings by type, source document and years', async () => {
      expect((await store.search('部分', { types: ['Actor'] }, 0, 10)).total).toBe(0);
      const mechanisms = await store.listEntities({ types: ['Mechanism'] }, 0, 10);
      expect(mechanisms.total).toBe(3);
      expect(mechanisms.items.every((n) => n.type === 'Mechanism')).toBe(true);
      const cited = await store.listEntities({ sourceDoc: '900_0000000000000000' }, 0, 100);
      expect(cited.total).toBe(graph.nodes.length);
      const in2016 = await store.listEntities({ types: ['Case'], yearFrom: 2016, yearTo: 2016 }, 0, 10);
      expect(in2016.items.map((n) => n.id)).toEqual(['case:gamma-practice']);
      expect((await store.listEntities({ types: ['Case'], yearFrom: 2018 }, 0, 10)).total).toBe(0);
    });

    it('returns neighbours in both directions with the right edge direction', async () => {
      const sub = await store.neighbours({ ids: ['mechanism:alpha'], limit: 100 });
      expect(sub.nodes.map((n) => n.id).sort()).toEqual(
        ['actor:residents-committee', 'actor:social-worker', 'case:gamma-practice', 'mechanism:alpha-part-one', 'mechanism:alpha-part-two', 'pub:fixture-doc'].sort(),
      );
      const applies = sub.edges.find((e) => e.type === 'APPLIES')!;
      expect(applies).toMatchObject({ from: 'case:gamma-practice', to: 'mechanism:alpha' });
      const part = sub.edges.find((e) => e.to === 'mechanism:alpha-part-two')!;
      expect(part).toMatchObject({ type: 'HAS_PART', from: 'mechanism:alpha', props: { order: 2 } });
      expect(sub.edges.find((e) => e.to === 'actor:social-worker')!.props.role).toBe('support');
    });

    it('filters neighbours by relationship and node type', async () => {
      const parts = await store.neighbours({ ids: ['mechanism:alpha'], relations: ['HAS_PART'], limit: 100 });
      expect(parts.nodes.map((n) => n.id).sort()).toEqual(['mechanism:alpha-part-one', 'mechanism:alpha-part-two']);
      const actors = await store.neighbours({ ids: ['mechanism:alpha'], types: ['Actor'], limit: 100 });
      expect(actors.nodes.every((n) => n.type === 'Actor')).toBe(true);
      expect(actors.nodes).toHaveLength(2);
    });

    it('counts degrees', async () => {
      const d = await store.degrees(['mechanism:alpha', 'city:testville', 'actor:nobody']);
      expect(d.get('mechanism:alpha')).toBe(6);
      expect(d.get('city:testville')).toBe(1);
      expect(d.get('actor:nobody')).toBe(0);
    });

    it('finds shortest paths with edges in their stored direction', async () => {
      const paths = await store.shortestPaths('city:testville', 'actor:social-worker', 4, 5);
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) {
        expect(p.nodes[0].id).toBe('city:testville');
        expect(p.nodes[p.nodes.length - 1].id).toBe('actor:social-worker');
        expect(p.edges).toHaveLength(p.nodes.length - 1);
      }
      expect(paths[0].edges.map((e) => e.type)).toContain('APPLIES');
      expect(paths[0].edges.find((e) => e.type === 'LOCATED_IN')).toMatchObject({ from: 'case:gamma-practice', to: 'city:testville' });
      expect(await store.shortestPaths('city:testville', 'actor:social-worker', 1, 5)).toEqual([]);
    });

    it('replaces the whole graph, and loading the same graph twice gives the same graph', async () => {
      const other = await open();
      try {
        await other.replaceAll(awkwardGraph());
        await other.replaceAll(awkwardGraph());
        const dump = await other.dump();
        expect(byId(dump.nodes)).toEqual(byId(awkwardGraph().nodes));
        expect(byId(dump.edges)).toEqual(byId(awkwardGraph().edges));
        expect((await other.search('robert', {}, 0, 10)).items.map((n) => n.id)).toEqual(['actor:evil']);
        expect((await other.search("'); drop", {}, 0, 10)).total).toBe(1);
      } finally {
        await other.close();
      }
    });
  });
  runCurationContract(name, open);
}

/** A complete node record of `type` (every property present, null when unset). */
export function nodeOf(type: NodeRecord['type'], id: string, props: NodeRecord['props'] = {}): NodeRecord {
  const all = Object.fromEntries(Object.keys(nodePropSpecs(type)).map((k) => [k, null])) as NodeRecord['props'];
  return {
    id, type, sources: [{ doc: 'pub:fixture-doc', locator: '1' }],
    props: { ...all, nameZh: `名${id}`, nameEn: `Name ${id}`, summaryZh: '摘要。', summaryEn: 'Summary.', aliases: [], ...props },
  };
}

export function edgeOf(from: string, type: EdgeRecord['type'], to: string, props: EdgeRecord['props'] = {}): EdgeRecord {
  const all = Object.fromEntries(Object.keys(relPropSpecs(type)).map((k) => [k, null])) as EdgeRecord['props'];
  return { id: edgeId(from, type, to), type, from, to, sources: [{ doc: 'pub:fixture-doc', locator: '2' }], props: { ...all, ...props } };
}

async function storeError(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(e)}`);
  return e;
}

/** Curation writes and the audit log (issue 7): every change one transaction, logged in it, or nothing. */
function runCurationContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract, curation writes: ${name}`, () => {
    let store: GraphStore;
    const graph = loadSeedFiles(FIXTURE_SEED);
    const meta = { who: 'contract-curator' };
    const log = async (entityId?: string) => (await store.auditLog({ entityId }, 0, 1000)).items;
    const count = async () => {
      const s = await store.stats();
      const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
      return { nodes: sum(s.nodesByType), edges: sum(s.edgesByType), audit: (await store.auditLog({}, 0, 1)).total };
    };

    beforeAll(async () => {
      store = await open();
      await store.replaceAll(graph);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('creates a node that reads back exactly, logging who created it and what', async () => {
      const node = nodeOf('Actor', 'actor:created', { sector: 'social', aliases: ['甲', 'B'], yearFrom: 2001 });
      const entry = await store.createNode(node, meta);
      expect(entry).toMatchObject({ who: 'contract-curator', action: 'CREATE_ENTITY', target: 'actor:created', entityIds: ['actor:created'], before: null });
      expect(entry.after).toEqual({ kind: 'records', nodes: [node], edges: [] });
      expect(await store.getNodes(['actor:created'])).toEqual([node]);
      expect((await log('actor:created'))[0]).toEqual(entry);
    });

    it('refuses to create an existing id (CONFLICT), changing and logging nothing', async () => {
      const before = await count();
      const e = await storeError(store.createNode(nodeOf('Actor', 'actor:social-worker'), meta));
      expect(e.kind).toBe('CONFLICT');
      expect(await count()).toEqual(before);
      expect((await store.getNodes(['actor:social-worker']))[0]).toEqual(graph.nodes.find((n) => n.id === 'actor:social-worker'));
    });

    it('updates a node, logging the state before and after; a missing node is NOT_FOUND', async () => {
      const old = graph.nodes.find((n) => n.id === 'mechanism:alpha')!;
      const changed: NodeRecord = { ...old, sources: [...old.sources, { doc: 'pub:fixture-doc', locator: '3' }], props: { ...old.props, nameEn: 'Linkage, renamed', yearFrom: null, dimensions: ['subject', 'resource'] } };
      const entry = await store.updateNode(changed, meta);
      expect(entry).toMatchObject({ action: 'UPDATE_ENTITY', before: { kind: 'records', nodes: [old], edges: [] }, after: { kind: 'records', nodes: [changed], edges: [] } });
      expect(await store.getNodes(['mechanism:alpha'])).toEqual([changed]);
      expect((await store.degrees(['mechanism:alpha'])).get('mechanism:alpha')).toBe(6);
      const before = await count();
      expect((await storeError(store.updateNode(nodeOf('Actor', 'actor:ghost'), meta))).kind).toBe('NOT_FOUND');
      expect(await count()).toEqual(before);
    });

    it('creates and deletes a relationship, both logged; missing ends are NOT_FOUND, duplicates CONFLICT', async () => {
      const edge = edgeOf('mechanism:alpha', 'INVOLVES', 'actor:created', { role: 'partner' });
      const created = await store.createEdge(edge, meta);
      expect(created).toMatchObject({ action: 'CREATE_RELATIONSHIP', target: edge.id, entityIds: ['mechanism:alpha', 'actor:created'], after: { kind: 'records', nodes: [], edges: [edge] } });
      expect((await store.neighbours({ ids: ['actor:created'], limit: 10 })).edges).toEqual([edge]);
      const before = await count();
      expect((await storeError(store.createEdge(edge, meta))).kind).toBe('CONFLICT');
      expect((await storeError(store.createEdge(edgeOf('mechanism:alpha', 'INVOLVES', 'actor:ghost'), meta))).kind).toBe('NOT_FOUND');
      expect((await storeError(store.deleteEdge('mechanism:alpha|INVOLVES|actor:ghost', meta))).kind).toBe('NOT_FOUND');
      expect((await storeError(store.deleteEdge('not an edge id', meta))).kind).toBe('NOT_FOUND');
      expect(await count()).toEqual(before);
      const deleted = await store.deleteEdge(edge.id, meta);
      expect(deleted).toMatchObject({ action: 'DELETE_RELATIONSHIP', before: { kind: 'records', nodes: [], edges: [edge] }, after: null });
      expect((await store.neighbours({ ids: ['actor:created'], limit: 10 })).edges).toEqual([]);
    });

    it('deletes a linked node only with detach, which deletes and logs its relationships too', async () => {
      const before = await count();
      const e = await storeError(store.deleteNode('case:gamma-practice', meta));
      expect(e.kind).toBe('CONFLICT');
      expect(await count()).toEqual(before);
      const links = graph.edges.filter((x) => x.from === 'case:gamma-practice' || x.to === 'case:gamma-practice');
      const entry = await store.deleteNode('case:gamma-practice', meta, { detach: true });
      expect(entry.action).toBe('DELETE_ENTITY');
      expect(entry.before?.kind === 'records' && [...entry.before.edges].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...links].sort((a, b) => a.id.localeCompare(b.id)));
      expect(entry.entityIds).toEqual(expect.arrayContaining(['case:gamma-practice', 'city:testville', 'mechanism:alpha']));
      expect(await count()).toEqual({ nodes: before.nodes - 1, edges: before.edges - links.length, audit: before.audit + 1 });
      expect(await store.getNodes(['case:gamma-practice'])).toEqual([]);
      const lone = await store.deleteNode('actor:created', meta);
      expect(lone).toMatchObject({ action: 'DELETE_ENTITY', after: null });
      expect((await storeError(store.deleteNode('actor:created', meta))).kind).toBe('NOT_FOUND');
    });

    it('keeps audit entries out of every entity query', async () => {
      const dump = await store.dump();
      expect(dump.nodes.every((n) => !n.id.startsWith('audit:'))).toBe(true);
      expect((await store.listEntities({}, 0, 1000)).total).toBe(dump.nodes.length);
      expect((await store.search('contract-curator', {}, 0, 10)).total).toBe(0);
      expect((await store.search('audit', {}, 0, 10)).total).toBe(0);
      expect(Object.keys((await store.stats()).nodesByType)).not.toContain('AuditEntry');
    });

    it('pages the audit log newest first and filters it by entity', async () => {
      const all = await log();
      expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
      expect(new Set(all.map((e) => e.at)).size).toBe(all.length);
      const page1 = await store.auditLog({}, 0, 2);
      const page2 = await store.auditLog({}, 2, 2);
      expect(page1.total).toBe(all.length);
      expect([...page1.items, ...page2.items]).toEqual(all.slice(0, 4));
      const forCreated = await log('actor:created');
      expect(forCreated.map((e) => e.action)).toEqual(['DELETE_ENTITY', 'DELETE_RELATIONSHIP', 'CREATE_RELATIONSHIP', 'CREATE_ENTITY']);
      expect(forCreated.every((e: AuditRecord) => e.entityIds.includes('actor:created'))).toBe(true);
      expect(await log('actor:nobody')).toEqual([]);
    });

    it('keeps the audit log across a whole-graph replacement, and logs the replacement', async () => {
      const kept = await log();
      await store.replaceAll(graph, () => {}, { who: 'contract seed' });
      const after = await log();
      expect(after.slice(1)).toEqual(kept);
      expect(after[0]).toMatchObject({ who: 'contract seed', action: 'REPLACE_GRAPH', target: '*', entityIds: [], after: { kind: 'summary', nodes: graph.nodes.length, edges: graph.edges.length } });
      await store.replaceAll(graph);
      expect((await log()).length).toBe(after.length);
      expect(byId((await store.dump()).nodes)).toEqual(byId(graph.nodes));
    });

    it('stores awkward text through create and update exactly', async () => {
      const evil = awkwardGraph().nodes.find((n) => n.id === 'actor:evil')!;
      await store.createNode(evil, meta);
      expect(await store.getNodes([evil.id])).toEqual([evil]);
      const again: NodeRecord = { ...evil, props: { ...evil.props, summaryEn: "'); MATCH (n) DETACH DELETE n; //\n\u0000 $ids", aliases: ['', ' '] } };
      await store.updateNode(again, meta);
      expect(await store.getNodes([evil.id])).toEqual([again]);
    });
  });
}
