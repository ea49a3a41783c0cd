import { readFileSync } from 'node:fs';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.ts';
const dir = process.argv[2]; const only = process.argv[3];
const s = JSON.parse(readFileSync(`${dir}/samples.json`, 'utf8'));
const store = await KuzuStore.open({ path: `${dir}/atlas.kuzu` });
const time = async (name: string, n: number, fn: (i: number) => Promise<unknown>) => {
  if (only && !name.startsWith(only)) return;
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await fn(i); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(28), 'p50', ts[Math.floor(n / 2)].toFixed(1), 'p95', ts[Math.floor(n * 0.95)].toFixed(1), 'max', ts[n - 1].toFixed(1));
};
await time('getNodes 1', 30, (i) => store.getNodes([s.ids[i]]));
await time('degrees 1', 30, (i) => store.degrees([s.ids[i]]));
await time('degrees 100', 10, (i) => store.degrees(s.ids.slice(i * 100, i * 100 + 100)));
await time('neighbours 1', 30, (i) => store.neighbours({ ids: [s.ids[i]], limit: 4000 }));
await time('search', 20, (i) => store.search(s.searchTerms[i], {}, 0, 20));
await time('listEntities Publication sourceDoc', 5, (i) => store.listEntities({ types: ['Publication'], sourceDoc: '001_2bd5c3b5a0e43bc8' }, 0, 1000));
await time('paths 6', 10, (i) => store.shortestPaths(s.pairs[i][0], s.pairs[i][1], 6, 5));
await time('stats', 5, () => store.stats());
await store.close();
