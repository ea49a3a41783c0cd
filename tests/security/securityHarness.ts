/**
 * A real HTTP server (createApp on port 0) over a private Kuzu store loaded from a seed folder, with every
 * store call counted, so a test can show that a rejected request never reached the database.
 */
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { CuratorTokens } from '../../api/src/auth/curatorTokens.js';
import { createApp } from '../../api/src/server/createApp.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import type { GraphStore } from '../../api/src/store/GraphStore.js';
import { loadGlossary } from '../../seed/loader/loadSeedFiles.js';
import { seedStore } from '../../seed/loader/seedStore.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';

export const WRITE_METHODS = new Set(['createNode', 'updateNode', 'deleteNode', 'createEdge', 'deleteEdge', 'replaceAll']);

export interface CallLog {
  /** Method names, in call order. */
  calls: string[];
  readonly writes: number;
  reset(): void;
}

/** Wraps a store so that every method call is recorded (and may be replaced by `override`). */
export function counting(store: GraphStore, override: Partial<Record<keyof GraphStore, (...args: unknown[]) => unknown>> = {}): { store: GraphStore; log: CallLog } {
  const log: CallLog = {
    calls: [],
    get writes() {
      return this.calls.filter((c) => WRITE_METHODS.has(c)).length;
    },
    reset() {
      this.calls = [];
    },
  };
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || prop === 'close') return v;
      return (...args: unknown[]) => {
        log.calls.push(String(prop));
        const replacement = override[prop as keyof GraphStore];
        return replacement ? replacement(...args) : v.apply(target, args);
      };
    },
  });
  return { store: wrapped, log };
}

export interface HttpOptions {
  seedDir?: string;
  /** An open store to serve instead of a fresh copy of the seed. */
  kuzu?: KuzuStore;
  tokens?: CuratorTokens;
  production?: boolean;
  override?: Parameters<typeof counting>[1];
}

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function startHttp(options: HttpOptions = {}) {
  const seedDir = options.seedDir ?? FIXTURE_SEED;
  let kuzu = options.kuzu;
  if (!kuzu) {
    kuzu = await KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-sec-')), 'atlas.kuzu') });
    await seedStore(kuzu, seedDir);
  }
  const { store, log } = counting(kuzu, options.override);
  const logged: unknown[] = [];
  const production = options.production ?? true;
  const { app, apollo } = await createApp({
    store,
    introspection: !production,
    fieldSuggestions: !production,
    curatorTokens: options.tokens,
    glossary: loadGlossary(seedDir),
    log: (e) => logged.push(e),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** POSTs a GraphQL request as the portal does (JSON), with extra headers. */
  async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLBody };
  }

  /** The server still answers a health check and a real query. */
  async function stillUp(): Promise<boolean> {
    const health = await fetch(`${url}/healthz`);
    const { body } = await gql('{ stats { nodes } }');
    return health.ok && typeof (body.data as { stats?: { nodes?: number } } | undefined)?.stats?.nodes === 'number';
  }

  return {
    url,
    kuzu,
    store,
    calls: log,
    logged,
    gql,
    stillUp,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
      if (!options.kuzu) await kuzu.close();
    },
  };
}

export type Http = Awaited<ReturnType<typeof startHttp>>;

export const codes = (body: GraphQLBody) => (body.errors ?? []).map((e) => e.extensions?.code);
