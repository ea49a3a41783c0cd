/**
 * The curated graph the synthetic ones are scaled from. The seed is read the way the loader reads it; while
 * curators are mid-edit it may not validate, and then the part that does validate is used (its shape is what
 * matters here, not its last few sources), falling back to the test fixture only when nothing validates.
 */
import { resolve } from 'node:path';
import { graphHash } from '../graph-schema/graphHash.js';
import type { GraphData } from '../graph-schema/records.js';
import { loadSeedFiles } from '../seed/loader/loadSeedFiles.js';
import { readSeed } from '../seed/loader/readSeed.js';
import { SeedError } from '../seed/loader/SeedError.js';
import { validateSeed } from '../seed/loader/validateSeed.js';

export interface CuratedGraph {
  graph: GraphData;
  /** Where it came from, for the results file. */
  origin: string;
  hash: string;
}

const ROOT = resolve(import.meta.dirname, '..');

export function loadCuratedGraph(seedDir = resolve(ROOT, 'seed')): CuratedGraph {
  const done = (graph: GraphData, origin: string): CuratedGraph => ({ graph, origin, hash: graphHash(graph) });
  try {
    return done(loadSeedFiles(seedDir), 'seed/ (validates)');
  } catch (e) {
    if (!(e instanceof SeedError)) throw e;
    const { graph } = validateSeed(readSeed(seedDir));
    if (graph.nodes.length >= 100) return done(graph, `seed/ (the validating part; ${e.issues.length} seed issues left out)`);
    return done(loadSeedFiles(resolve(ROOT, 'tests/fixtures/seed-small')), 'tests/fixtures/seed-small (seed/ does not validate)');
  }
}
