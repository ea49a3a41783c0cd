/**
 * `npm run bench` (issue 8): for each size, a synthetic graph shaped like the curated one is generated and
 * loaded into a fresh embedded store (timed), the real app is started in a child process on 127.0.0.1, and
 * each query family is driven over HTTP by concurrent keep-alive clients after a warm-up. Every figure is also
 * given as a ratio to a bare Apollo Server `{ hello }` measured in the same run. With NEO4J_URI set, the same
 * runs against Neo4j (which the bench *replaces the graph of*, then reseeds with the curated graph).
 *
 *   npm run bench                         sizes 100x, 100k:1m, 1000x; 10 s per query family after 3 s warm-up
 *   npm run bench -- --sizes 10 --duration 3 --warmup 1     a quick run
 *   flags: --sizes a,b  --duration s  --warmup s  --connections n  --single s  --first-timeout s  --engines kuzu,neo4j  --out dir
 *
 * Each family: one first request (timed alone: a cold cache shows here), a warm-up, the measured run with
 * --connections clients, then --single seconds with one client (latency without queueing).
 *
 * Sizes: `100x` (or `100`) is 100 copies of the curated graph at its own density; `100k:1m` is about 100k
 * nodes and 1M relationships, the point the budgets are stated at. Results: bench/results/<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { flags, numberFlag } from './args.js';
import { evaluateBudgets, type ScenarioResult, type SizeResult } from './budgets.js';
import { loadCuratedGraph } from './curatedGraph.js';
import { degreeSummary } from './degreeSummary.js';
import { checkGraph, generateGraph, parseSize, type SizeSpec } from './generateGraph.js';
import { loadStore } from './loadStore.js';
import { measure } from './httpLoad.js';
import { machine } from './machine.js';
import { coreScenarios, drawSamples, INTROSPECTION, optionalScenarios, type IntroType, type Operation, type Samples, type Scenario } from './queries.js';
import { printSummary } from './summary.js';
import { startServer, type ServerHandle } from './serverProcess.js';

const f = flags(process.argv.slice(2));
const opts = {
  sizes: (f.get('sizes') ?? '100x,100k:1m,1000x').split(',').filter(Boolean),
  durationS: numberFlag(f, 'duration', 10, 1, 120),
  warmupS: numberFlag(f, 'warmup', 3, 0, 60),
  connections: numberFlag(f, 'connections', 4, 1, 64),
  /** Then this many seconds with one client (0: skip). */
  singleS: numberFlag(f, 'single', 5, 0, 60),
  /** The first request of a family may fill a per-graph-version cache (analytics, planner): its own bound (under fetch's 300 s). */
  firstTimeoutS: numberFlag(f, 'first-timeout', 290, 10, 290),
  engines: (f.get('engines') ?? (process.env.NEO4J_URI ? 'kuzu,neo4j' : 'kuzu')).split(','),
  out: resolve(f.get('out') ?? join(import.meta.dirname, 'results')),
};
/** Bounds every scenario whatever the duration: a runaway loop cannot send more than this. */
const MAX_REQUESTS = 2_000_000;

const log = (m: string) => console.log(`bench: ${m}`);
const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(2));

async function post(port: number, op: Operation, timeoutMs = 180_000): Promise<{ ms: number; body: { data?: unknown; errors?: { message: string }[] } }> {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(op),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  return { ms: Number((performance.now() - t).toFixed(1)), body };
}

async function runScenario(server: ServerHandle, sc: Scenario): Promise<ScenarioResult> {
  const port = sc.target === 'hello' ? server.helloPort : server.appPort;
  const first = await post(port, sc.next(), opts.firstTimeoutS * 1000).catch((e: unknown) => ({ ms: NaN, body: { errors: [{ message: String(e) }] } }));
  if (first.body.errors?.length) return { name: sc.name, note: sc.note, failed: first.body.errors[0].message, firstMs: first.ms };
  const load = { connections: opts.connections, maxRequests: MAX_REQUESTS };
  if (opts.warmupS > 0) await measure(port, sc, { ...load, durationS: opts.warmupS });
  const r = await measure(port, sc, { ...load, durationS: opts.durationS });
  // One client alone: the service time without queueing behind the other clients.
  const one = opts.singleS > 0 ? await measure(port, sc, { connections: 1, maxRequests: MAX_REQUESTS, durationS: opts.singleS }) : undefined;
  const single = one && { requests: one.requests, rps: one.rps, p50: one.p50, p95: one.p95, p99: one.p99, errors: one.errors };
  return { name: sc.name, note: sc.note, firstMs: first.ms, ...r, single };
}

async function benchServer(engine: string, env: NodeJS.ProcessEnv, samples: Samples): Promise<Pick<SizeResult, 'scenarios' | 'skipped' | 'serverMemoryMiB' | 'readModel'>> {
  let server = await startServer(env);
  const readModel = server.readModel;
  if (readModel) log(`${engine}: read model ${readModel.inMemory ? `built in ${readModel.ms} ms` : 'not in use (graph over its size limit)'}`);
  const mib = (m: NodeJS.MemoryUsage | null) => (m ? { rss: Math.round(m.rss / 2 ** 20), heapUsed: Math.round(m.heapUsed / 2 ** 20) } : null);
  try {
    const intro = await post(server.appPort, { query: INTROSPECTION });
    const schema = (intro.body.data as { __schema: { queryType: { name: string }; types: IntroType[] } }).__schema;
    const optional = optionalScenarios(schema, samples);
    for (const s of optional.skipped) log(`${engine}: skipping ${s.family}: ${s.reason}`);
    const memBefore = await server.memory().catch(() => null);
    const scenarios: ScenarioResult[] = [];
    for (const sc of [...coreScenarios(samples), ...optional.scenarios]) {
      const loadAverage = Number(loadavg()[0].toFixed(2));
      log(`${engine} ${sc.name}: running (load average ${loadAverage})`);
      const r = { ...(await runScenario(server, sc)), loadAverage };
      scenarios.push(r);
      log(
        r.failed
          ? `${engine} ${sc.name}: FAILED ${r.failed}`
          : `${engine} ${sc.name}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, errors ${r.errors}${r.firstError ? ` (${r.firstError})` : ''}` +
            (r.single ? `; one client: p50 ${r.single.p50} ms, p95 ${r.single.p95} ms` : ''),
      );
      if (!server.alive() || (r.failed && /timeout|abort|fetch failed|ECONN/i.test(r.failed))) {
        // The server may still be computing the abandoned request (or have died of it): a fresh one for the next family.
        log(`${engine}: restarting the server (${server.alive() ? 'after a timeout or a lost connection' : 'it exited'})`);
        await server.stop();
        server = await startServer(env);
      }
    }
    const memAfter = await server.memory().catch(() => null);
    return { scenarios, skipped: optional.skipped, serverMemoryMiB: { before: mib(memBefore), after: mib(memAfter) }, readModel };
  } finally {
    await server.stop();
  }
}

async function runSize(spec: SizeSpec, base: ReturnType<typeof loadCuratedGraph>): Promise<SizeResult[]> {
  let t = performance.now();
  let graph: ReturnType<typeof generateGraph> | undefined = generateGraph(base.graph, spec);
  const generateS = seconds(t);
  checkGraph(graph); // ids unique, ends present, every pair allowed by the model: what the loader would refuse
  const shape = { nodes: graph.nodes.length, relationships: graph.edges.length, degree: degreeSummary(graph) };
  log(`${spec.label}: generated ${shape.nodes} nodes, ${shape.relationships} relationships in ${generateS} s`);
  const samples = drawSamples(graph);
  const out: SizeResult[] = [];
  const loaded: { engine: string; loadS: number; env: NodeJS.ProcessEnv; cleanup: () => Promise<void> }[] = [];
  for (const engine of opts.engines) {
    t = performance.now();
    const l = await loadStore(engine, graph, log);
    log(`${spec.label}: ${engine} load ${l.loadS} s`);
    loaded.push({ engine, ...l });
  }
  graph = undefined; // the servers read the stores; only the samples are needed from here on
  for (const l of loaded) {
    try {
      const r = await benchServer(l.engine, l.env, samples);
      out.push({ size: spec.label, engine: l.engine, ...shape, generateS, loadS: l.loadS, ...r });
    } finally {
      await l.cleanup();
    }
  }
  return out;
}

async function main() {
  const base = loadCuratedGraph();
  log(`curated graph: ${base.graph.nodes.length} nodes, ${base.graph.edges.length} relationships from ${base.origin}`);
  mkdirSync(opts.out, { recursive: true });
  const file = join(opts.out, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const results = {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    startedAt: new Date().toISOString(),
    machine: machine(),
    options: opts,
    curated: { origin: base.origin, hash: base.hash, nodes: base.graph.nodes.length, relationships: base.graph.edges.length, degree: degreeSummary(base.graph) },
    sizes: [] as (SizeResult & { budgets: ReturnType<typeof evaluateBudgets> })[],
  };
  for (const label of opts.sizes) {
    for (const r of await runSize(parseSize(label, base.graph), base)) {
      results.sizes.push({ ...r, budgets: evaluateBudgets(r) });
      writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    }
  }
  log(`results: ${file}`);
  printSummary(results.sizes);
}

await main();
