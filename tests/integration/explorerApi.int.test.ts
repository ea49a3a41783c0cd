/**
 * Issue #4: the API behind the network explorer, through executeOperation over the real curated seed:
 * shortest paths, analytics (stable for the same graph), expanding a selection, reopening a view.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ExplorerApiAnalyticsDocument,
  ExplorerApiExpandDocument,
  ExplorerApiMetricsDocument,
  ExplorerApiPathsDocument,
  ExplorerApiSubgraphDocument,
} from '../generated/graphql.js';
import { startApi } from './apiHarness.js';

const SEED = resolve(import.meta.dirname, '../../seed');
const LIXIA = 'case:jinan-lixia-charity-bank';
const THREE_SOCIAL = 'mechanism:three-social-linkage';
const CHARITY_BANK = 'mechanism:charity-bank';

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi(SEED);
});
afterAll(async () => {
  await api?.stop();
});

const codeOf = (errors: { extensions?: Record<string, unknown> }[] | undefined) => errors?.[0]?.extensions?.code;

describe('paths', () => {
  it('finds every shortest path between the Lixia charity bank case and three-social linkage, each a connected, sourced chain', async () => {
    const { data, errors } = await api.exec(ExplorerApiPathsDocument, { from: LIXIA, to: THREE_SOCIAL, maxLength: 4, first: 10 });
    expect(errors).toBeUndefined();
    const paths = data!.paths;
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const p of paths) {
      expect(p.length).toBe(2); // all shortest paths, none longer
      expect(p.nodes.map((n) => n.id)).toEqual([LIXIA, p.nodes[1].id, THREE_SOCIAL]);
      p.edges.forEach((e, i) => expect([e.from, e.to].sort()).toEqual([p.nodes[i].id, p.nodes[i + 1].id].sort()));
      for (const element of [...p.nodes, ...p.edges]) expect(element.sources.length, JSON.stringify(element)).toBeGreaterThan(0);
    }
    // The case applies four-social linkage, which extends three-social linkage (document 002).
    expect(paths.map((p) => p.edges.map((e) => e.id))).toContainEqual([
      `${LIXIA}|APPLIES|mechanism:four-social-linkage`,
      `mechanism:four-social-linkage|EXTENDS|${THREE_SOCIAL}`,
    ]);
    const middles = paths.map((p) => p.nodes[1].id);
    expect(new Set(middles).size).toBe(middles.length);
  });

  it('links a concept to an author through the article that discusses it', async () => {
    const { data } = await api.exec(ExplorerApiPathsDocument, { from: 'concept:institution-embedding', to: 'person:tang-ming', maxLength: 6 });
    expect(data!.paths.map((p) => p.nodes.map((n) => n.id))).toContainEqual(['concept:institution-embedding', 'pub:tang-li-2019-embedding', 'person:tang-ming']);
  });

  it('returns no path when none fits within maxLength, and none from an entity to itself', async () => {
    expect((await api.exec(ExplorerApiPathsDocument, { from: LIXIA, to: THREE_SOCIAL, maxLength: 1 })).data!.paths).toEqual([]);
    expect((await api.exec(ExplorerApiPathsDocument, { from: LIXIA, to: LIXIA })).data!.paths).toEqual([]);
  });

  it('caps the number of paths at `first`', async () => {
    const { data } = await api.exec(ExplorerApiPathsDocument, { from: LIXIA, to: THREE_SOCIAL, first: 1 });
    expect(data!.paths).toHaveLength(1);
  });

  it('rejects unknown ends and out-of-range lengths with typed codes', async () => {
    expect(codeOf((await api.exec(ExplorerApiPathsDocument, { from: 'case:nowhere', to: THREE_SOCIAL })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.exec(ExplorerApiPathsDocument, { from: LIXIA, to: THREE_SOCIAL, maxLength: 7 })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.exec(ExplorerApiPathsDocument, { from: LIXIA, to: THREE_SOCIAL, first: 21 })).errors)).toBe('BAD_USER_INPUT');
  });
});

describe('analytics', () => {
  it('measures the whole graph: every entity in exactly one community, PageRank ranked, betweenness computed', async () => {
    const { data, errors } = await api.exec(ExplorerApiAnalyticsDocument, { top: 5000 });
    expect(errors).toBeUndefined();
    const a = data!.analytics;
    const stats = await api.store.stats();
    const entityCount = Object.values(stats.nodesByType).reduce((x, y) => x + y, 0);
    const relationshipCount = Object.values(stats.edgesByType).reduce((x, y) => x + y, 0);
    expect(a.nodeCount).toBe(entityCount);
    expect(a.nodes).toHaveLength(entityCount);
    // Parallel relationships between the same two entities count once in the undirected analysis.
    expect(a.edgeCount).toBeLessThanOrEqual(relationshipCount);
    expect(a.edgeCount).toBeGreaterThan(relationshipCount * 0.9);
    expect(a.betweennessComputed).toBe(true);
    expect(a.communities.reduce((n, c) => n + c.size, 0)).toBe(entityCount);
    expect(a.modularity).toBeGreaterThan(0.3); // a graph of documents and places has clear clusters
    const ranks = a.nodes.map((n) => n.pagerank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    expect(ranks.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 3);
    for (const n of a.nodes) expect(n.betweenness).toBeGreaterThanOrEqual(0);
  });

  it('counts degree as distinct neighbours, matching the neighbourhood of a hub', async () => {
    const { data } = await api.exec(ExplorerApiAnalyticsDocument, { top: 5000 });
    const hub = data!.analytics.nodes.find((n) => n.id === THREE_SOCIAL)!;
    const around = await api.store.neighbours({ ids: [THREE_SOCIAL], limit: 10_000 });
    expect(hub.degree).toBe(around.nodes.filter((n) => n.id !== THREE_SOCIAL).length);
  });

  it('gives the same communities and centralities for the same graph, even from a freshly loaded store', async () => {
    const first = (await api.exec(ExplorerApiAnalyticsDocument, { top: 5000 })).data!.analytics;
    const other = await startApi(SEED);
    try {
      const second = (await other.exec(ExplorerApiAnalyticsDocument, { top: 5000 })).data!.analytics;
      expect(second.modularity).toBe(first.modularity);
      expect(second.nodes).toEqual(first.nodes);
      expect(second.communities.map((c) => [c.id, c.size])).toEqual(first.communities.map((c) => [c.id, c.size]));
    } finally {
      await other.stop();
    }
  });

  it('a scope of many ids counts exactly the relationships among them that the whole graph holds', async () => {
    // The scoped analysis reads the scope's neighbours, not the whole graph (issue 8); the dump is the reference.
    const { nodes, edges } = await api.store.dump();
    const ids = nodes.filter((_, i) => i % 3 === 0).map((n) => n.id);
    const inScope = new Set(ids);
    const pairs = new Set(edges.filter((e) => inScope.has(e.from) && inScope.has(e.to) && e.from !== e.to).map((e) => [e.from, e.to].sort().join('|')));
    const { data, errors } = await api.exec(ExplorerApiAnalyticsDocument, { scope: { ids }, top: 10 });
    expect(errors).toBeUndefined();
    expect(data!.analytics.nodeCount).toBe(ids.length);
    expect(data!.analytics.edgeCount).toBe(pairs.size);
    expect(pairs.size).toBeGreaterThan(50);
  });

  it('analyses only the given entities and the relationships among them', async () => {
    const ids = [THREE_SOCIAL, 'actor:social-worker', 'actor:residents-committee'];
    const { data } = await api.exec(ExplorerApiAnalyticsDocument, { scope: { ids }, top: 10 });
    const a = data!.analytics;
    expect(a.nodeCount).toBe(3);
    expect(a.edgeCount).toBe(2); // both actors are involved in the mechanism, not linked to each other
    const byId = new Map(a.nodes.map((n) => [n.id, n]));
    expect(byId.get(THREE_SOCIAL)).toMatchObject({ degree: 2, betweenness: 1 });
    expect(byId.get('actor:social-worker')).toMatchObject({ degree: 1, betweenness: 0 });
  });

  it('reports whole-graph metrics by id, with communities ranked by size', async () => {
    const whole = (await api.exec(ExplorerApiAnalyticsDocument, { top: 5000 })).data!.analytics;
    const ids = [THREE_SOCIAL, CHARITY_BANK, 'case:no-such-case'];
    const { data, errors } = await api.exec(ExplorerApiMetricsDocument, { ids });
    expect(errors).toBeUndefined();
    expect(data!.explorerMetrics.map((m) => m.id)).toEqual([THREE_SOCIAL, CHARITY_BANK]);
    for (const m of data!.explorerMetrics) {
      const w = whole.nodes.find((n) => n.id === m.id)!;
      expect(m).toMatchObject({ degree: w.degree, betweenness: w.betweenness, pagerank: w.pagerank, community: w.community });
      expect(whole.communities[m.communityRank].id).toBe(m.community);
    }
  });
});

describe('expand', () => {
  it('brings the neighbours of several entities at once, most connected to the selection first', async () => {
    const ids = [THREE_SOCIAL, CHARITY_BANK];
    const { data, errors } = await api.exec(ExplorerApiExpandDocument, { ids, limit: 500 });
    expect(errors).toBeUndefined();
    const x = data!.expand;
    expect(x.truncated).toBe(false);
    const fresh = new Set(x.nodes.map((n) => n.id));
    for (const id of ids) expect(fresh.has(id)).toBe(false);
    const links = (id: string) => x.edges.filter((e) => (e.from === id && ids.includes(e.to)) || (e.to === id && ids.includes(e.from))).length;
    for (const n of x.nodes) expect(links(n.id), n.id).toBeGreaterThan(0);
    expect(x.nodes.map((n) => links(n.id))).toEqual(x.nodes.map((n) => links(n.id)).sort((a, b) => b - a));
    // Everything the two neighbourhoods hold, and nothing else.
    const around = await api.store.neighbours({ ids, limit: 10_000 });
    expect([...fresh].sort()).toEqual(around.nodes.map((n) => n.id).filter((id) => !ids.includes(id)).sort());
  });

  it('pages with the cursor through the same order, without repeats', async () => {
    const all = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], limit: 500 })).data!.expand.nodes.map((n) => n.id);
    const first = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], limit: 5 })).data!.expand;
    expect(first.truncated).toBe(true);
    const second = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], limit: 5, after: first.nextCursor })).data!.expand;
    expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual(all.slice(0, 10));
  });

  it('leaves out what is drawn already and links the new neighbours to it', async () => {
    const all = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], limit: 500 })).data!.expand;
    const drawn = all.nodes.slice(0, 3).map((n) => n.id);
    const x = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], among: drawn, limit: 500 })).data!.expand;
    expect(x.nodes.map((n) => n.id)).toEqual(all.nodes.slice(3).map((n) => n.id));
    const fresh = new Set(x.nodes.map((n) => n.id));
    const known = new Set([THREE_SOCIAL, ...drawn, ...fresh]);
    for (const e of x.edges) {
      expect(fresh.has(e.from) || fresh.has(e.to), e.id).toBe(true);
      expect(known.has(e.from) && known.has(e.to), e.id).toBe(true);
    }
    // A case that applies the mechanism also involves a drawn actor: that link arrives too.
    const toDrawn = x.edges.filter((e) => drawn.includes(e.from) || drawn.includes(e.to));
    expect(toDrawn.length).toBeGreaterThan(0);
  });

  it('filters the neighbours by type and years', async () => {
    const cases = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], types: ['Case'], limit: 500 })).data!.expand.nodes;
    expect(cases.length).toBeGreaterThan(2);
    expect(new Set(cases.map((n) => n.type))).toEqual(new Set(['Case']));
    const late = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], types: ['Case'], yearFrom: 2016, limit: 500 })).data!.expand.nodes;
    for (const n of late) if (n.yearTo !== null || n.yearFrom !== null) expect(Math.max(n.yearFrom ?? 0, n.yearTo ?? 0)).toBeGreaterThanOrEqual(2016);
    const early = (await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], types: ['Case'], yearTo: 2000, limit: 500 })).data!.expand.nodes;
    expect(early.filter((n) => n.yearFrom !== null && n.yearFrom > 2000)).toEqual([]);
    expect(early.length).toBeLessThan(cases.length);
  });

  it('rejects an empty selection, unknown ids and oversized pages', async () => {
    expect(codeOf((await api.exec(ExplorerApiExpandDocument, { ids: [] })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL, 'mechanism:nope'] })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], limit: 501 })).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.exec(ExplorerApiExpandDocument, { ids: [THREE_SOCIAL], after: 'not-a-cursor' })).errors)).toBe('BAD_USER_INPUT');
  });
});

describe('subgraph', () => {
  it('reopens a set of entities with every relationship among them, optionally of some types only', async () => {
    const ids = [LIXIA, 'mechanism:four-social-linkage', THREE_SOCIAL, 'actor:social-worker', 'case:no-such-case'];
    const { data, errors } = await api.exec(ExplorerApiSubgraphDocument, { ids });
    expect(errors).toBeUndefined();
    expect(data!.subgraph.nodes.map((n) => n.id)).toEqual(ids.slice(0, 4));
    const edgeIds = data!.subgraph.edges.map((e) => e.id);
    expect(edgeIds).toEqual(expect.arrayContaining([`${LIXIA}|APPLIES|mechanism:four-social-linkage`, `mechanism:four-social-linkage|EXTENDS|${THREE_SOCIAL}`, `${THREE_SOCIAL}|INVOLVES|actor:social-worker`]));
    for (const e of data!.subgraph.edges) expect(ids.includes(e.from) && ids.includes(e.to)).toBe(true);
    const only = (await api.exec(ExplorerApiSubgraphDocument, { ids, relations: ['EXTENDS'] })).data!.subgraph.edges;
    expect(only.map((e) => e.id)).toEqual([`mechanism:four-social-linkage|EXTENDS|${THREE_SOCIAL}`]);
  });

  it('caps the number of ids', async () => {
    const ids = Array.from({ length: 2001 }, (_, i) => `case:x-${i}`);
    expect(codeOf((await api.exec(ExplorerApiSubgraphDocument, { ids })).errors)).toBe('BAD_USER_INPUT');
  });
});
