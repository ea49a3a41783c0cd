import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsDocument, EntitiesDocument, NeighbourhoodDocument, NodeDocument, PathsDocument, SearchDocument, StatsDocument } from '../generated/graphql.js';
import type { GraphStore } from '../../api/src/store/GraphStore.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';
import { startApi } from './apiHarness.js';

let api: Awaited<ReturnType<typeof startApi>>;
let storeCalls = 0;
/** Counts store calls, to show that a subgraph's degrees cost one call, not one per node. */
const counting = (s: GraphStore): GraphStore =>
  new Proxy(s, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (...args: unknown[]) => (storeCalls++, v.apply(target, args)) : v;
    },
  });

beforeAll(async () => {
  api = await startApi(FIXTURE_SEED, counting);
});
afterAll(async () => {
  await api.stop();
});

describe('GraphQL API on the fixture graph', () => {
  it('counts entities and relationships by type', async () => {
    const { data } = await api.exec(StatsDocument);
    expect(data?.stats).toMatchObject({ nodes: 8, relationships: 9, engine: 'kuzu' });
    expect(data?.stats.nodesByType).toContainEqual({ type: 'Mechanism', count: 3 });
  });

  it('returns an entity with type-specific fields and sources resolved to their publication', async () => {
    const { data } = await api.exec(NodeDocument, { id: 'mechanism:alpha' });
    expect(data?.node).toMatchObject({ type: 'Mechanism', nameZh: '三社联动', dimensions: ['subject'], degree: 6, yearFrom: 2004 });
    expect(data?.node?.sources[0]).toEqual({ doc: '900_0000000000000000', locator: '2', publication: { id: 'pub:fixture-doc', nameEn: 'Fixture Document' } });
    const city = await api.exec(NodeDocument, { id: 'city:testville' });
    expect(city.data?.node).toMatchObject({ province: '测试省', sizeClass: 'megacity', population: 1000000 });
  });

  it('answers null for an unknown id', async () => {
    const { data, errors } = await api.exec(NodeDocument, { id: 'mechanism:none' });
    expect(errors).toBeUndefined();
    expect(data?.node).toBeNull();
  });

  it('searches Chinese substrings and aliases and pages with cursors', async () => {
    const zh = await api.exec(SearchDocument, { text: '居委' });
    expect(zh.data?.search.edges.map((e) => e.node.id)).toEqual(['actor:residents-committee']);
    const page1 = await api.exec(SearchDocument, { text: 'part', first: 1 });
    expect(page1.data?.search).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = await api.exec(SearchDocument, { text: 'part', first: 1, after: page1.data?.search.pageInfo.endCursor });
    expect(page2.data?.search.pageInfo.hasNextPage).toBe(false);
    expect(page2.data?.search.edges[0].node.id).not.toBe(page1.data?.search.edges[0].node.id);
  });

  it('lists entities by type with a Relay connection and filters by years', async () => {
    const { data } = await api.exec(EntitiesDocument, { type: 'Mechanism', first: 2 });
    expect(data?.entities).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const cases = await api.exec(EntitiesDocument, { type: 'Case', filter: { yearFrom: 2016, yearTo: 2020 } });
    expect(cases.data?.entities.nodes.map((n) => n.id)).toEqual(['case:gamma-practice']);
  });

  it('returns a neighbourhood with roles, orders and degrees, batching degree look-ups', async () => {
    storeCalls = 0;
    const { data } = await api.exec(NeighbourhoodDocument, { id: 'mechanism:alpha' });
    const sub = data!.neighbourhood;
    expect(sub.nodes.map((n) => n.id)).toContain('mechanism:alpha');
    expect(sub.nodes).toHaveLength(7);
    expect(sub.edges.find((e) => e.to === 'actor:social-worker')).toMatchObject({ type: 'INVOLVES', role: 'support', from: 'mechanism:alpha' });
    expect(sub.edges.filter((e) => e.type === 'HAS_PART').map((e) => e.order).sort()).toEqual([1, 2]);
    expect(sub.nodes.find((n) => n.id === 'city:testville')).toBeUndefined();
    // getNodes(root) + neighbours + one degrees call for all seven nodes.
    expect(storeCalls).toBe(3);
  });

  it('walks two levels and pages a neighbourhood with a cursor', async () => {
    const deep = await api.exec(NeighbourhoodDocument, { id: 'mechanism:alpha', depth: 2 });
    expect(deep.data?.neighbourhood.nodes.map((n) => n.id)).toContain('city:testville');
    const first = await api.exec(NeighbourhoodDocument, { id: 'mechanism:alpha', depth: 2, limit: 3 });
    expect(first.data?.neighbourhood).toMatchObject({ truncated: true });
    const rest = await api.exec(NeighbourhoodDocument, { id: 'mechanism:alpha', depth: 2, limit: 100, after: first.data?.neighbourhood.nextCursor });
    const all = [...first.data!.neighbourhood.nodes, ...rest.data!.neighbourhood.nodes].map((n) => n.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(deep.data!.neighbourhood.nodes.map((n) => n.id).sort());
  });

  it('filters a neighbourhood by relationship, type and years', async () => {
    const parts = await api.exec(NeighbourhoodDocument, { id: 'mechanism:alpha', relations: ['HAS_PART'] });
    expect(parts.data?.neighbourhood.nodes.map((n) => n.id).sort()).toEqual(['mechanism:alpha', 'mechanism:alpha-part-one', 'mechanism:alpha-part-two']);
    const early = await api.exec(NeighbourhoodDocument, { id: 'mechanism:alpha', types: ['Case'], yearTo: 2010 });
    expect(early.data?.neighbourhood.nodes.map((n) => n.id)).toEqual(['mechanism:alpha']);
  });

  it('finds shortest paths', async () => {
    const { data } = await api.exec(PathsDocument, { from: 'city:testville', to: 'actor:social-worker' });
    expect(data?.paths[0]).toMatchObject({ length: 3 });
    expect(data?.paths[0].nodes.map((n) => n.id)).toEqual(['city:testville', 'case:gamma-practice', 'mechanism:alpha', 'actor:social-worker']);
  });

  it('computes degree, betweenness, PageRank and communities, the same every time', async () => {
    const a = await api.exec(AnalyticsDocument, {});
    const b = await api.exec(AnalyticsDocument, {});
    expect(a.data).toEqual(b.data);
    const r = a.data!.analytics;
    expect(r).toMatchObject({ nodeCount: 8, edgeCount: 9, betweennessComputed: true });
    const total = r.nodes.reduce((s, n) => s + n.pagerank, 0);
    expect(total).toBeCloseTo(1, 5);
    const alpha = r.nodes.find((n) => n.id === 'mechanism:alpha')!;
    expect(alpha).toMatchObject({ degree: 6, entity: { nameEn: 'Three-Social Linkage' } });
    // alpha sits on every path between its neighbours: the most between node of the graph.
    expect(Math.max(...r.nodes.map((n) => n.betweenness ?? 0))).toBe(alpha.betweenness);
    expect(r.communities.reduce((s, c) => s + c.size, 0)).toBe(8);
    const scoped = await api.exec(AnalyticsDocument, { scope: { ids: ['mechanism:alpha', 'mechanism:alpha-part-one', 'city:testville'] } });
    expect(scoped.data?.analytics).toMatchObject({ nodeCount: 3, edgeCount: 1 });
    const top = await api.exec(AnalyticsDocument, { top: 2 });
    expect(top.data?.analytics.nodes).toHaveLength(2);
  });

  it('rejects bad arguments with BAD_USER_INPUT and unknown ids with NOT_FOUND', async () => {
    const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
    expect(code(await api.exec(SearchDocument, { text: 'x', first: 10_000 }))).toBe('BAD_USER_INPUT');
    expect(code(await api.exec(SearchDocument, { text: '   ' }))).toBe('BAD_USER_INPUT');
    expect(code(await api.exec(SearchDocument, { text: 'x', after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(code(await api.exec(NeighbourhoodDocument, { id: 'mechanism:alpha', depth: 9 }))).toBe('BAD_USER_INPUT');
    expect(code(await api.exec(NeighbourhoodDocument, { id: 'mechanism:ghost' }))).toBe('NOT_FOUND');
    expect(code(await api.exec(PathsDocument, { from: 'city:testville', to: 'actor:social-worker', maxLength: 7 }))).toBe('BAD_USER_INPUT');
    expect(code(await api.exec(PathsDocument, { from: 'city:testville', to: 'actor:ghost' }))).toBe('NOT_FOUND');
  });
});

describe('GraphQL API when the store fails', () => {
  it('masks the failure as INTERNAL_SERVER_ERROR with no driver text, and logs the detail', async () => {
    const failing = await startApi(FIXTURE_SEED, (s) => ({ ...s, engine: s.engine, stats: async () => { throw new Error('Binder exception: MATCH (n:Entity) secret detail'); } }) as GraphStore);
    try {
      const { errors } = await failing.exec(StatsDocument);
      expect(errors?.[0]).toEqual({ message: 'internal error', path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(errors)).not.toMatch(/Binder|MATCH|secret|stack/);
      expect(String(failing.logged[0])).toMatch(/secret detail/);
    } finally {
      await failing.stop();
    }
  });
});
