/**
 * `npm run export -- file.json`: writes the whole graph of the configured store as one JSON dump
 * (seed/loader/graphDump.ts). The file appears whole or not at all: it is written beside and renamed.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../api/src/config.js';
import { openStore } from '../../api/src/store/openStore.js';
import { serializeDump } from '../loader/graphDump.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run export -- <file.json>');
  process.exit(2);
}
const config = loadConfig();
const target = resolve(file);
const tmp = `${target}.writing-${process.pid}`;
try {
  // A whole-graph read may take longer than one API query is allowed to.
  const store = await openStore({ ...config.store, queryTimeoutMs: 600_000 }, { readOnly: true });
  let text: string;
  try {
    text = serializeDump(await store.dump());
  } finally {
    await store.close();
  }
  writeFileSync(tmp, text);
  renameSync(tmp, target);
  const { counts, graphHash } = JSON.parse(text) as { counts: { nodes: number; edges: number }; graphHash: string };
  console.log(`export: ${counts.nodes} nodes and ${counts.edges} relationships to ${target} (graph hash ${graphHash})`);
} catch (e) {
  rmSync(tmp, { force: true });
  console.error(`export: failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
