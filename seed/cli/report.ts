/** `npm run seed:report`: coverage and problems of the curated graph; exits non-zero when a problem exists. */
import { resolve } from 'node:path';
import { readDocumentSections } from '../loader/documentSections.js';
import { loadSeedFiles } from '../loader/loadSeedFiles.js';
import { SeedError } from '../loader/SeedError.js';
import { buildSeedReport, reportProblems } from '../loader/seedReport.js';

const seedDir = resolve(process.argv[2] ?? 'seed');
const seedsDir = resolve(process.argv[3] ?? '../shared/seeds');
let graph;
try {
  graph = loadSeedFiles(seedDir);
} catch (e) {
  if (!(e instanceof SeedError)) throw e;
  console.error(e.message);
  process.exit(1);
}
const r = buildSeedReport(graph, readDocumentSections(seedsDir));
const table = (title: string, m: Record<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(m).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${v}`);
};
console.log(`graph: ${graph.nodes.length} nodes, ${graph.edges.length} relationships`);
table('nodes by type', r.nodesByType);
table('relationships by type', r.edgesByType);
console.log('\nby source document (nodes / relationships citing it)');
for (const [doc, c] of Object.entries(r.bySourceDoc).sort((a, b) => b[1].nodes + b[1].edges - a[1].nodes - a[1].edges)) {
  console.log(`  ${doc.padEnd(40)} ${String(c.nodes).padStart(5)} / ${c.edges}`);
}
const list = (title: string, xs: string[]) => {
  console.log(`\n${title}: ${xs.length}`);
  for (const x of xs) console.log(`  ${x}`);
};
list('without a source', r.unsourced);
list('orphans (no relationship)', r.orphans);
list('missing a name or summary', r.missingText);
list('document sections nothing cites', r.uncoveredSections.map((u) => `${u.doc} § ${u.section}`));
const { cities, zones } = r.places;
console.log(`\nplaces with coordinates: ${cities.located} of ${cities.total} cities, ${zones.located} of ${zones.total} zones`);
for (const id of r.unlocatedPlaces) console.log(`  without lat/lng: ${id}`);
const problems = reportProblems(r);
console.log(problems === 0 ? '\nseed report: no problems' : `\nseed report: ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
