/** The budgets of issue 8 (embedded store, 100k nodes / 1M relationships, the 2-core machine), checked per run. */
import type { LoadResult } from './httpLoad.js';

export interface ScenarioResult extends Partial<LoadResult> {
  name: string;
  note: string;
  /** The first request, before warm-up (a cold cache for cached families). */
  firstMs: number;
  failed?: string;
  /** 1-minute load average when the family started: the machine is shared. */
  loadAverage?: number;
  /** The same family with one client. */
  single?: { requests: number; rps: number; p50: number; p95: number; p99: number; errors: number };
}

export interface SizeResult {
  size: string;
  engine: string;
  nodes: number;
  relationships: number;
  degree: { mean: number; p50: number; p90: number; p99: number; max: number };
  generateS: number;
  loadS: number;
  /** The in-process read model of the server measured (null: not in use, as with Neo4j by default). */
  readModel?: { inMemory: boolean; ms: number } | null;
  scenarios: ScenarioResult[];
  skipped: { family: string; reason: string }[];
  /** Null when the server did not answer (busy with an abandoned request). */
  serverMemoryMiB: { before: { rss: number; heapUsed: number } | null; after: { rss: number; heapUsed: number } | null };
}

export interface BudgetCheck {
  budget: string;
  limit: string;
  measured: string;
  met: boolean | null;
}

/** p95 budgets in milliseconds, by scenario name. */
const P95: Record<string, number> = {
  'neighbourhood d1': 15,
  'neighbourhood d2': 60,
  paths: 250,
  search: 50,
  recommendMechanisms: 100,
};

export function ratios(r: SizeResult) {
  const hello = r.scenarios.find((s) => s.name === 'hello');
  return Object.fromEntries(
    r.scenarios
      .filter((s) => !s.failed && hello?.p50)
      .map((s) => [s.name, { p50: +(s.p50! / hello!.p50!).toFixed(2), p95: +(s.p95! / hello!.p95!).toFixed(2), p99: +(s.p99! / hello!.p99!).toFixed(2), rps: +(s.rps! / hello!.rps!).toFixed(3) }]),
  );
}

export function evaluateBudgets(r: SizeResult): { ratiosToHello: ReturnType<typeof ratios>; checks: BudgetCheck[] } {
  const by = new Map(r.scenarios.map((s) => [s.name, s]));
  const checks: BudgetCheck[] = [{ budget: 'load', limit: '≤ 60 s', measured: `${r.loadS} s`, met: r.loadS <= 60 }];
  for (const [name, limit] of Object.entries(P95)) {
    const s = by.get(name);
    if (!s) checks.push({ budget: `${name} p95`, limit: `≤ ${limit} ms`, measured: 'not measured (family missing)', met: null });
    else if (s.failed) checks.push({ budget: `${name} p95`, limit: `≤ ${limit} ms`, measured: `failed: ${s.failed}`, met: false });
    else {
      const one = s.single ? `; one client: ${s.single.p95} ms` : '';
      checks.push({ budget: `${name} p95`, limit: `≤ ${limit} ms`, measured: `${s.p95} ms${s.errors ? ` (${s.errors} errors)` : ''}${one}`, met: s.p95! <= limit && !s.errors });
    }
  }
  const hello = by.get('hello');
  const d1 = by.get('neighbourhood d1');
  if (hello?.rps && d1?.rps) {
    const share = d1.rps / hello.rps;
    checks.push({ budget: 'depth-1 throughput / hello', limit: '≥ 35%', measured: `${(share * 100).toFixed(1)}% (${d1.rps} / ${hello.rps} req/s)`, met: share >= 0.35 });
  }
  return { ratiosToHello: ratios(r), checks };
}
