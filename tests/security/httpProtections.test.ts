/**
 * HTTP-level protections over real HTTP (issue 7): cross-site requests and mutations over GET are refused,
 * and a database failure reaches the client as a bare INTERNAL_SERVER_ERROR, whatever the driver said.
 */
import { inspect } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toStoreError as neo4jStoreError } from '../../api/src/store/neo4j/neo4jErrors.js';
import { CuratorTokens, hashToken } from '../../api/src/auth/curatorTokens.js';
import { StoreError } from '../../api/src/store/StoreError.js';
import { codes, startHttp, type Http } from './securityHarness.js';

const TOKEN = 'atlas_http-protections-token-0123456789';
let http: Http;

beforeAll(async () => {
  http = await startHttp({ tokens: CuratorTokens.load({ curatorTokensFile: undefined, curatorTokens: `ci:${hashToken(TOKEN)}` }) });
});
afterAll(async () => {
  await http.close();
});
beforeEach(() => http.calls.reset());

describe('cross-site requests', () => {
  it('refuses a cross-origin text/plain POST (a "simple" request a browser sends without preflight)', async () => {
    const res = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify({ query: `mutation { deleteEntity(id: "actor:social-worker", detach: true) { entity { id } } }` }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(codes(body)).toEqual(['BAD_REQUEST']);
    expect(http.calls.calls).toEqual([]);
  });

  it('refuses a form-encoded POST, even with a curator token', async () => {
    const res = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${TOKEN}` },
      body: `query=${encodeURIComponent('{ stats { nodes } }')}`,
    });
    expect(res.status).toBe(400);
    expect(http.calls.calls).toEqual([]);
  });

  it('refuses a mutation over GET (405), and a GET without a preflight header as CSRF (400)', async () => {
    const mutation = encodeURIComponent('mutation { deleteEntity(id: "actor:social-worker", detach: true) { entity { id } } }');
    const withHeader = await fetch(`${http.url}/graphql?query=${mutation}`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${TOKEN}` } });
    expect(withHeader.status).toBe(405);
    expect(((await withHeader.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/GET requests only support query operations/);
    const bare = await fetch(`${http.url}/graphql?query=${mutation}`);
    expect(bare.status).toBe(400);
    expect(http.calls.calls).toEqual([]);
    expect((await http.store.getNodes(['actor:social-worker'])).length).toBe(1);
  });

  it('still answers a same-site GET query that proves it is not a simple request', async () => {
    const res = await fetch(`${http.url}/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes).toBe(8);
  });
});

describe('a failing database', () => {
  const secret = 'Binder exception: Table Entity does not exist. MATCH (n:Entity) WHERE n.id IN $ids RETURN n /srv/atlas/data/atlas.kuzu';
  const failures: [string, () => unknown][] = [
    ['a raw engine error', () => Promise.reject(new Error(secret))],
    ['a StoreError carrying the driver error', () => Promise.reject(new StoreError('INTERNAL', 'embedded database error', { cause: new Error(secret) }))],
    ['a Neo4j driver error, mapped by the adapter', () => Promise.reject(neo4jStoreError(new neo4j.Neo4jError(secret, 'Neo.DatabaseError.General.UnknownError', '50N42', 'error: general processing exception')))],
    ['a synchronous throw', () => {
      throw new TypeError(`Cannot read properties of undefined (reading 'id') at ${secret}`);
    }],
  ];

  it.each(failures)('%s reaches the client as INTERNAL_SERVER_ERROR with no stack, Cypher or driver text', async (_name, fail) => {
    const failing = await startHttp({ override: { stats: fail, getNodes: fail } });
    try {
      for (const query of ['{ stats { nodes } }', '{ node(id: "mechanism:alpha") { id nameEn } }']) {
        const res = await fetch(`${failing.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const text = await res.text();
        const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0]).toMatchObject({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        expect(Object.keys(body.errors[0].extensions)).toEqual(['code']);
        expect(text).not.toMatch(/Binder|MATCH|Entity does not exist|\$ids|atlas\.kuzu|Neo\.|stack|\bat \/|TypeError|Cannot read/);
      }
      expect(failing.logged.length).toBeGreaterThan(0);
      // The detail goes to the server log (console.error prints the cause chain, as inspect does).
      expect(failing.logged.map((e) => inspect(e)).join('\n')).toMatch(/Binder exception|Cannot read properties/);
      expect(await failing.stillUp().catch(() => false)).toBe(false);
      const health = await fetch(`${failing.url}/healthz`);
      expect(health.ok).toBe(true);
    } finally {
      await failing.close();
    }
  });
});
