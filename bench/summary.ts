/** Markdown tables of a run, printed at the end (docs/performance.md quotes them). */
import type { BudgetCheck, SizeResult } from './budgets.js';
import { ratios } from './budgets.js';

export function printSummary(sizes: (SizeResult & { budgets: { checks: BudgetCheck[] } })[]): void {
  for (const r of sizes) {
    const rt = ratios(r);
    console.log(`\n### ${r.size} (${r.engine}): ${r.nodes} nodes, ${r.relationships} relationships; load ${r.loadS} s\n`);
    console.log('| query | req/s | p50 ms | p95 ms | p99 ms | errors | one client p50 / p95 ms | first ms | p95 ÷ hello | req/s ÷ hello | load avg |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const s of r.scenarios) {
      if (s.failed) console.log(`| ${s.name} | failed: ${s.failed.slice(0, 80)} | | | | | | ${s.firstMs} | | | ${s.loadAverage ?? ''} |`);
      else {
        const one = s.single ? `${s.single.p50} / ${s.single.p95}` : '';
        console.log(`| ${s.name} | ${s.rps} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.errors} | ${one} | ${s.firstMs} | ${rt[s.name]?.p95 ?? ''} | ${rt[s.name]?.rps ?? ''} | ${s.loadAverage ?? ''} |`);
      }
    }
    for (const s of r.skipped) console.log(`| ${s.family} | skipped: ${s.reason} | | | | | | | | | |`);
    const m = (x: { rss: number; heapUsed: number } | null) => (x ? `${x.rss}/${x.heapUsed}` : 'no answer');
    console.log(`\nserver memory (MiB rss/heap): before ${m(r.serverMemoryMiB.before)}, after ${m(r.serverMemoryMiB.after)}\n`);
    console.log('| budget | limit | measured | met |');
    console.log('| --- | --- | --- | --- |');
    for (const c of r.budgets.checks) console.log(`| ${c.budget} | ${c.limit} | ${c.measured} | ${c.met === null ? '—' : c.met ? 'yes' : '**no**'} |`);
  }
}
