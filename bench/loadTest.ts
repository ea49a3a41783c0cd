/**
 * `npm run bench:load` (issue 8): 60 s of mixed queries from 50 concurrent keep-alive clients on loopback
 * against the real app over the synthetic graph. Pass: zero errors. Reported: throughput, p50/p95/p99 overall
 * and per family, and the server's memory before (after a warm-up), after, and after a forced GC.
 *
 *   npm run bench:load                              100k:1m, 60 s, 50 clients
 *   npm run bench:load -- --size 10x --duration 10 --connections 20     a quick run
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { flags, numberFlag } from './args.js';
import { loadCuratedGraph } from './curatedGraph.js';
import { generateGraph, parseSize } from './generateGraph.js';
import { measure } from './httpLoad.js';
import { loadStore } from './loadStore.js';
import { machine } from './machine.js';
import { coreScenarios, drawSamples, mixedScenario } from './queries.js';
import { startServer } from './serverProcess.js';

const f = flags(process.argv.slice(2));
const opts = {
  size: f.get('size') ?? '100k:1m',
  durationS: numberFlag(f, 'duration', 60, 1, 600),
  warmupS: numberFlag(f, 'warmup', 5, 0, 60),
  connections: numberFlag(f, 'connections', 50, 1, 200),
  out: resolve(f.get('out') ?? join(import.meta.dirname, 'results')),
};
/** What a portal session sends, roughly: entity cards and pages, search, explorer steps, the odd path. */
const WEIGHTS: Record<string, number> = { node: 25, search: 20, 'neighbourhood d1': 20, 'entity page': 20, 'neighbourhood d2': 10, paths: 5 };

const log = (m: string) => console.log(`bench:load: ${m}`);
const mib = (m: NodeJS.MemoryUsage) => ({ rssMiB: Math.round(m.rss / 2 ** 20), heapUsedMiB: Math.round(m.heapUsed / 2 ** 20) });

async function main() {
  const base = loadCuratedGraph();
  const spec = parseSize(opts.size, base.graph);
  let graph: ReturnType<typeof generateGraph> | undefined = generateGraph(base.graph, spec);
  const shape = { nodes: graph.nodes.length, relationships: graph.edges.length };
  log(`${spec.label}: ${shape.nodes} nodes, ${shape.relationships} relationships`);
  const samples = drawSamples(graph);
  const store = await loadStore('kuzu', graph, log);
  graph = undefined;
  log(`loaded in ${store.loadS} s`);
  const server = await startServer(store.env);
  try {
    const mix = mixedScenario(coreScenarios(samples).filter((s) => s.name in WEIGHTS).map((scenario) => ({ scenario, weight: WEIGHTS[scenario.name] })));
    const load = { connections: opts.connections, maxRequests: 5_000_000 };
    if (opts.warmupS > 0) await measure(server.appPort, mix, { ...load, durationS: opts.warmupS });
    server.gc();
    const before = mib(await server.memory());
    const loadBefore = loadavg()[0];
    log(`${opts.connections} clients for ${opts.durationS} s: ${mix.note}`);
    const r = await measure(server.appPort, mix, { ...load, durationS: opts.durationS, timeoutS: 30 });
    const after = mib(await server.memory());
    server.gc();
    await new Promise((done) => setTimeout(done, 500));
    const afterGc = mib(await server.memory());
    const result = {
      command: `npm run bench:load -- ${process.argv.slice(2).join(' ')}`.trim(),
      startedAt: new Date().toISOString(),
      machine: machine(),
      loadAverage: { before: loadBefore, after: loadavg()[0] },
      options: opts,
      size: spec.label,
      ...shape,
      loadS: store.loadS,
      mix: mix.note,
      result: r,
      serverMemory: { before, after, afterGc },
      passed: r.errors === 0,
    };
    mkdirSync(opts.out, { recursive: true });
    const file = join(opts.out, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    log(`${r.requests} requests, ${r.rps} req/s, errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ''}`);
    log(`latency ms: p50 ${r.p50}, p95 ${r.p95}, p99 ${r.p99}, max ${r.max}`);
    for (const [k, v] of Object.entries(r.byKind ?? {})) log(`  ${k}: ${v.requests} requests, p50 ${v.p50}, p95 ${v.p95}, p99 ${v.p99}, errors ${v.errors}`);
    log(`server memory (rss/heap MiB): before ${before.rssMiB}/${before.heapUsedMiB}, after ${after.rssMiB}/${after.heapUsedMiB}, after GC ${afterGc.rssMiB}/${afterGc.heapUsedMiB}`);
    log(`results: ${file}`);
    log(result.passed ? 'PASS: zero errors' : 'FAIL: errors under load');
    process.exitCode = result.passed ? 0 : 1;
  } finally {
    await server.stop();
    await store.cleanup();
  }
}

await main();
