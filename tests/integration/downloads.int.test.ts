/** Issue 6: the Data & sources page's downloads of the whole graph, through the real HTTP app. */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/server/createApp.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import { parseDump } from '../../seed/loader/graphDump.js';
import { seedStore } from '../../seed/loader/seedStore.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';

let store: KuzuStore;
let server: Server;
let url: string;
let stopApollo: () => Promise<void>;

beforeAll(async () => {
  store = await KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-downloads-')), 'atlas.kuzu') });
  await seedStore(store, FIXTURE_SEED);
  const { app, apollo } = await createApp({ store, introspection: false });
  stopApollo = () => apollo.stop();
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ok) => server.once('listening', () => ok()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server?.close(ok));
  await stopApollo?.();
  await store?.close();
});

describe('downloads', () => {
  it('serves the whole graph as a JSON dump that the importer accepts', async () => {
    const res = await fetch(`${url}/downloads/graph.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="governance-atlas-graph.json"');
    const graph = parseDump(await res.text(), 'download');
    expect(graph.nodes).toHaveLength(8);
    expect(graph.edges).toHaveLength(9);
  });

  it('serves nodes and edges as CSV with a header row and one row per record', async () => {
    const bytes = new Uint8Array(await (await fetch(`${url}/downloads/nodes.csv`)).arrayBuffer());
    // The byte-order mark tells spreadsheets the file is UTF-8 (Chinese names); fetch's text() would hide it.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const nodes = new TextDecoder().decode(bytes);
    const edges = await fetch(`${url}/downloads/edges.csv`);
    expect(edges.headers.get('content-type')).toMatch(/^text\/csv/);
    const edgeText = await edges.text();
    expect(nodes.startsWith('id,type,nameZh,nameEn')).toBe(true);
    expect(nodes.trim().split('\r\n')).toHaveLength(1 + 8);
    expect(nodes).toContain('三社联动');
    expect(edgeText.trim().split('\r\n')).toHaveLength(1 + 9);
  });

  it('answers 404 for a file it does not have', async () => {
    expect((await fetch(`${url}/downloads/secrets.txt`)).status).toBe(404);
  });
});
