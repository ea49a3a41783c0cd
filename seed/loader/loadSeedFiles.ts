import { existsSync } from 'node:fs';
import { readSeed } from './readSeed.js';
import { SeedError } from './SeedError.js';
import { buildGlossary, validateSeed } from './validateSeed.js';
import type { Glossary } from './validateRecord.js';
import type { GraphData } from '../../graph-schema/records.js';

/** Reads and validates the whole seed folder; throws SeedError listing every problem, before anything is written. */
export function loadSeedFiles(seedDir: string): GraphData {
  const { graph, issues } = validateSeed(readSeed(seedDir));
  if (issues.length > 0) throw new SeedError(issues);
  return graph;
}

/** The seed glossary (中文 → English), for checking curator edits as seed files are checked; undefined without a seed folder. */
export function loadGlossary(seedDir: string): Glossary | undefined {
  if (!existsSync(seedDir)) return undefined;
  return buildGlossary(readSeed(seedDir).glossary);
}
