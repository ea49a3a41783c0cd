/**
 * The behaviour every GraphStore must have. Runs on Kuzu always and on Neo4j whenever NEO4J_URI is set;
 * each describe block loads its own copy of the fixture graph, so tests never share database state.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData, NodeRecord } from '../../graph-schema/records.js';
import type { GraphStore } from '../../api/src/store/GraphStore.js';
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
}
