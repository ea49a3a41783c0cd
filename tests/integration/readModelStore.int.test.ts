/**
 * The in-process read model (issue 8) behaves as the store it wraps: the shared contract suite against it
 * (every read waiting for the model, so every answer comes from memory), and its answers compared with the
 * embedded store's on the curated graph. Then freshness: a write is visible to the next read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../graph-schema/model.js';
import type { NodeRecord } from '../../graph-schema/records.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { ReadModelStore } from '../../api/src/store/readModel/ReadModelStore.js';
import { loadSeedFiles } from '../../seed/loader/loadSeedFiles.js';
import { runGraphStoreContract } from '../contract/graphStoreContract.js';

const tempStore = () => KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-readmodel-')), 'atlas.kuzu') });
const fromMemory = (inner: KuzuStore) => new ReadModelStore(inner, { maxRelationships: Number.POSITIVE_INFINITY, waitForModel: true });

runGraphStoreContract('read model over embedded Kuzu', async () => fromMemory(await tempStore()));

const SEED = resolve(import.meta.dirname, '../../seed');
const ids = (nodes: NodeRecord[]) => nodes.map((n) => n.id);
const sorted = <T>(xs: T[]) => [...xs].sort();

describe('read model answers as the embedded store does, on the curated graph', () => {
  let kuzu: KuzuStore;
  let memory: ReadModelStore;
  const graph = loadSeedFiles(SEED);

  beforeAll(async () => {
    kuzu = await tempStore();
    await kuzu.replaceAll(graph);
    memory = fromMemory(kuzu);
    expect(await memory.ready()).toBe(true);
  }, 120_000);
  afterAll(() => kuzu?.close());

  it('search: the same page, in the same order, and the same total, for names, substrings, several words and filters', async () => {
    const terms = new Set<string>(['社区', '治理', 'community', 'governance', 'party building', '三社', 'fund', 'x', '  社区   治理 ', 'mechanism:', '%', "'", 'Shanghai', '上海', '街道']);
    for (const n of graph.nodes.filter((_, i) => i % 37 === 0)) {
      const zh = String(n.props.nameZh ?? '');
      terms.add(zh);
      terms.add(zh.slice(0, 2));
      terms.add(String(n.props.nameEn ?? '').split(' ').slice(0, 2).join(' '));
    }
    const filters = [{}, { types: ['Mechanism' as const] }, { types: ['Publication' as const, 'Policy' as const], yearFrom: 2010 }, { yearTo: 2005 }, { sourceDoc: '002_63d1d70768eea201' }];
    let compared = 0;
    for (const term of terms) {
      for (const f of filters) {
        for (const [offset, limit] of [[0, 20], [5, 7]]) {
          const want = await kuzu.search(term, f, offset, limit);
          const got = await memory.search(term, f, offset, limit);
          expect({ term, f, offset, items: ids(got.items), total: got.total }).toEqual({ term, f, offset, items: ids(want.items), total: want.total });
          compared += want.items.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);

  it('listEntities: the same pages and totals under every kind of filter', async () => {
    const filters = [{}, ...NODE_TYPE_NAMES.map((t) => ({ types: [t] })), { yearFrom: 2000, yearTo: 2010 }, { sourceDoc: '004_6f3ec554072c1f66' }, { types: ['Case' as const], yearTo: 2015 }];
    for (const f of filters) {
      for (const [offset, limit] of [[0, 50], [40, 30], [1000, 50]]) {
        const want = await kuzu.listEntities(f, offset, limit);
        const got = await memory.listEntities(f, offset, limit);
        expect({ f, offset, items: ids(got.items), total: got.total }).toEqual({ f, offset, items: ids(want.items), total: want.total });
      }
    }
  });

  it('neighbours: the same nodes and relationships (records included) for single and many anchors, filters and limits', async () => {
    const all = graph.nodes.map((n) => n.id);
    const queries = [
      ...all.filter((_, i) => i % 9 === 0).map((id) => ({ ids: [id], limit: 1000 })),
      ...all.filter((_, i) => i % 23 === 0).map((id) => ({ ids: [id], limit: 3 })),
      { ids: all.slice(0, 200), limit: 20_000 },
      { ids: all.slice(100, 400), limit: 150 },
      { ids: all.slice(0, 300), relations: [REL_TYPE_NAMES[0], REL_TYPE_NAMES[3]], types: ['Mechanism' as const, 'Problem' as const], limit: 5000 },
      { ids: all.slice(0, 300), yearFrom: 2012, limit: 5000 },
      { ids: all.slice(0, 300), sourceDoc: '003_ad735a5df5dadb0c', limit: 5000 },
      { ids: ['no:such', all[5], all[5]], limit: 100 },
    ];
    for (const q of queries) {
      const want = await kuzu.neighbours(q);
      const got = await memory.neighbours(q);
      expect(sorted(ids(got.nodes))).toEqual(sorted(ids(want.nodes)));
      expect(got.edges.map((e) => e.id)).toEqual(want.edges.map((e) => e.id));
      expect(got.edges).toEqual(want.edges);
      for (const n of got.nodes) expect(n).toEqual(want.nodes.find((w) => w.id === n.id));
    }
  }, 120_000);

  it('degrees and node look-ups agree for every node', async () => {
    const all = [...graph.nodes.map((n) => n.id), 'no:such'];
    expect(await memory.degrees(all)).toEqual(await kuzu.degrees(all));
    const want = new Map((await kuzu.getNodes(all)).map((n) => [n.id, n]));
    const got = await memory.getNodes(all);
    expect(got).toHaveLength(want.size);
    for (const n of got) expect(n).toEqual(want.get(n.id));
  });

  it('shortestPaths: the same length and, where all fit in the limit, the same set of paths', async () => {
    const all = graph.nodes.map((n) => n.id);
    const key = (p: { edges: { id: string }[] }) => p.edges.map((e) => e.id).join(' / ');
    let found = 0;
    for (let i = 0; i < 60; i++) {
      const from = all[(i * 97) % all.length];
      const to = all[(i * 389 + 11) % all.length];
      for (const max of [2, 4, 6]) {
        const want = await kuzu.shortestPaths(from, to, max, 50);
        const got = await memory.shortestPaths(from, to, max, 50);
        expect(got.length > 0).toBe(want.length > 0);
        if (want.length === 0) continue;
        found++;
        expect(got[0].edges.length).toBe(want[0].edges.length);
        for (const p of got) {
          expect(p.nodes[0].id).toBe(from);
          expect(p.nodes.at(-1)!.id).toBe(to);
          p.edges.forEach((e, k) => expect(sorted([e.from, e.to])).toEqual(sorted([p.nodes[k].id, p.nodes[k + 1].id])));
        }
        if (want.length < 50) expect(sorted(got.map(key))).toEqual(sorted(want.map(key)));
        // A smaller limit gives the first of the same paths.
        expect((await memory.shortestPaths(from, to, max, 2)).map(key)).toEqual(got.slice(0, 2).map(key));
      }
    }
    expect(found).toBeGreaterThan(30);
  }, 120_000);
});

describe('read model freshness', () => {
  it('a write through it is visible to the next read, from the store at once and then from a new model', async () => {
    const inner = await tempStore();
    const graph = loadSeedFiles(resolve(import.meta.dirname, '../fixtures/seed-small'));
    await inner.replaceAll(graph);
    const store = new ReadModelStore(inner, { maxRelationships: Number.POSITIVE_INFINITY });
    try {
      expect(await store.ready()).toBe(true);
      const before = (await store.getNodes(['mechanism:alpha']))[0];
      expect(Object.isFrozen(before)).toBe(true);
      const renamed = { ...before, props: { ...before.props, nameEn: 'Renamed alpha' } };
      await store.updateNode(renamed, { who: 'test' });
      // Not waiting for the model: the first read after the write is the store's.
      expect((await store.getNodes(['mechanism:alpha']))[0].props.nameEn).toBe('Renamed alpha');
      expect((await store.search('renamed alpha', {}, 0, 5)).items.map((n) => n.id)).toEqual(['mechanism:alpha']);
      expect(await store.ready()).toBe(true);
      expect((await store.search('renamed alpha', {}, 0, 5)).items.map((n) => n.id)).toEqual(['mechanism:alpha']);
      await store.deleteNode('mechanism:alpha', { who: 'test' }, { detach: true });
      expect(await store.getNodes(['mechanism:alpha'])).toEqual([]);
      expect(await store.ready()).toBe(true);
      expect(await store.getNodes(['mechanism:alpha'])).toEqual([]);
      expect((await store.degrees(['mechanism:alpha'])).get('mechanism:alpha')).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('a graph over the size limit is read from the store', async () => {
    const inner = await tempStore();
    await inner.replaceAll(loadSeedFiles(resolve(import.meta.dirname, '../fixtures/seed-small')));
    const events: string[] = [];
    const store = new ReadModelStore(inner, { maxRelationships: 3, onEvent: (m) => events.push(m) });
    try {
      expect(await store.ready()).toBe(false);
      expect((await store.getNodes(['mechanism:alpha']))[0].id).toBe('mechanism:alpha');
      expect(events.join('\n')).toMatch(/more than 3; reads go to the store/);
    } finally {
      await store.close();
    }
  });
});
