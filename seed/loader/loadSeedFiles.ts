import { readSeed } from './readSeed.js';
import { SeedError } from './SeedError.js';
import { validateSeed } from './validateSeed.js';
import type { GraphData } from '../../graph-schema/records.js';

/** Reads and validates the whole seed folder; throws SeedError listing every problem, before anything is written. */
export function loadSeedFiles(seedDir: string): GraphData {
  const { graph, issues } = validateSeed(readSeed(seedDir));
  if (issues.length > 0) throw new SeedError(issues);
  return graph;
}
