/**
 * Abusive documents over real HTTP (issue 7): each is refused with a clear code before any resolver runs
 * (no store call at all), and the server goes on answering.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, getIntrospectionQuery, parse, print, specifiedRules, validate, type DefinitionNode, type GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { typeDefs } from '../../api/src/schema/typeDefs.js';
import { QUERY_LIMITS, queryLimitRules } from '../../api/src/server/queryLimits.js';
import { codes, startHttp, type Http } from './securityHarness.js';

const ROOT = resolve(import.meta.dirname, '../..');
let http: Http;

beforeAll(async () => {
  http = await startHttp();
});
afterAll(async () => {
  await http.close();
});
beforeEach(() => http.calls.reset());

/** `sources { publication { … } }` n times around `inner`: each round is two levels. */
const nest = (rounds: number, inner: string) => Array.from({ length: rounds }).reduce<string>((s) => `sources { publication { ${s} } }`, inner);

async function expectRefused(query: string, expected: { status: number; code: string; limit?: string; message?: RegExp }, variables: Record<string, unknown> = {}) {
  http.calls.reset();
  const { status, body } = await http.gql(query, variables);
  expect(status).toBe(expected.status);
  expect(codes(body)).toContain(expected.code);
  if (expected.limit) expect(body.errors?.some((e) => e.extensions?.limit === expected.limit)).toBe(true);
  if (expected.message) expect(body.errors?.map((e) => e.message).join('\n')).toMatch(expected.message);
  expect(body.data ?? null).toBeNull();
  expect(http.calls.calls).toEqual([]);
  expect(await http.stillUp()).toBe(true);
}

describe('abusive documents are refused before the store is called', () => {
  it('deep nesting (30 levels)', async () => {
    await expectRefused(`{ node(id: "mechanism:alpha") { ${nest(15, 'id')} } }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', message: /depth limit of 12/ });
  });

  it('1,000 aliases (stopped by the token limit while parsing)', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`;
    await expectRefused(query, { status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /more that 2000 tokens/ });
  });

  it('16 aliases, under the token limit, by the alias limit; `__typename` aliases count too', async () => {
    await expectRefused(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' });
    await expectRefused(`{ ${Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ')} }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' });
  });

  it('a JSON array of operations (batching is off)', async () => {
    const res = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stats { nodes } }' }, { query: '{ stats { nodes } }' }]),
    });
    expect(res.status).toBe(400);
    expect(codes(await res.json())).toEqual(['BAD_REQUEST']);
    expect(http.calls.calls).toEqual([]);
    expect(await http.stillUp()).toBe(true);
  });

  it('circular fragments', async () => {
    const query = 'query { node(id: "mechanism:alpha") { ...A } } fragment A on Entity { sources { publication { ...B } } } fragment B on Entity { ...A }';
    await expectRefused(query, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Cannot spread fragment "A" within itself/ });
  });

  it('1,000 directives (stopped by the token limit while parsing)', async () => {
    await expectRefused(`{ stats { nodes ${'@include(if: true) '.repeat(1000)} } }`, { status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /tokens/ });
  });

  it('51 directives, under the token limit, by the directive limit', async () => {
    await expectRefused(`{ stats { ${'nodes @include(if: true) '.repeat(51)} } }`, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'directives' });
  });

  it('a token flood that fits in the body limit', async () => {
    const query = `{ stats { ${'nodes '.repeat(15_000)} } }`;
    expect(query.length).toBeLessThan(100_000);
    await expectRefused(query, { status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /more that 2000 tokens/ });
  });

  it('a huge `first:`, as a literal or a variable: the page-size cap', async () => {
    for (const [query, variables] of [
      ['{ search(text: "a", first: 1000000) { totalCount nodes { id } } }', {}],
      ['query($first: Int) { search(text: "a", first: $first) { totalCount } }', { first: 1_000_000 }],
    ] as const) {
      http.calls.reset();
      const { body } = await http.gql(query, variables);
      expect(codes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0].message).toMatch(/`first` must be from 1 to 100/);
      expect(http.calls.calls).toEqual([]);
    }
    expect(http.calls.calls).toEqual([]);
    const hood = await http.gql('{ neighbourhood(id: "mechanism:alpha", limit: 1000000) { truncated } }');
    expect(codes(hood.body)).toEqual(['BAD_USER_INPUT']);
    const tooBig = await http.gql('{ search(text: "a", first: 99999999999) { totalCount } }');
    expect(codes(tooBig.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(http.calls.calls).toEqual([]);
    expect(await http.stillUp()).toBe(true);
  });

  it('a 2 MB body: 413 with a JSON error', async () => {
    const res = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: 'the request body is larger than 100kb', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(http.calls.calls).toEqual([]);
    expect(await http.stillUp()).toBe(true);
  });

  it('a body that is not JSON: 400 with a JSON error, no stack trace', async () => {
    const res = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('known graphql-armor bypasses', () => {
  // Upstream #772 (cost) and #823 (depth): with ignoreIntrospection on, a *fragment* named __schema was skipped.
  const schemaFragment = (name: string) =>
    `query { node(id: "mechanism:alpha") { sources { publication { ...${name} } } } } fragment ${name} on Entity { ${nest(6, 'id')} }`;
  // Wide at every level, within the depth limit: only the cost limit can refuse it (no list argument needed).
  const WIDE = Array(4).fill('id type nameZh nameEn summaryZh summaryEn aliases yearFrom yearTo degree').join(' ');
  const wide = Array.from({ length: 3 }).reduce<string>((s) => `sources { doc locator publication { ${WIDE} ${s} } }`, WIDE);
  const costFragment = (name: string) => `query { ...${name} } fragment ${name} on Query { search(text: "a") { totalCount nodes { ${wide} } } }`;

  it('a fragment named `__schema` does not bypass the depth limit', async () => {
    await expectRefused(schemaFragment('__schema'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
    await expectRefused(schemaFragment('Plain'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
  });

  it('a fragment named `__schema` does not bypass the cost limit', async () => {
    await expectRefused(costFragment('__schema'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    await expectRefused(costFragment('Plain'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
  });

  // Upstream #824: a fragment's depth was cached from its first, shallow use and reused for a deep one.
  it('a fragment used shallow first and deep later is counted at its deep use', async () => {
    const fragment = `fragment Deep on Entity { ${nest(2, 'id')} }`;
    const deepOnly = `query { node(id: "mechanism:alpha") { ${nest(3, '...Deep')} } } ${fragment}`;
    const shallowThenDeep = `query { node(id: "mechanism:alpha") { ...Deep ${nest(3, '...Deep')} } } ${fragment}`;
    const withinLimit = `query { node(id: "mechanism:alpha") { ...Deep ${nest(2, '...Deep')} } } ${fragment}`;
    await expectRefused(deepOnly, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
    await expectRefused(shallowThenDeep, { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
    const ok = await http.gql(withinLimit);
    expect(ok.body.errors).toBeUndefined();
  });

  it('the installed armor rules count these even in the configuration that was vulnerable (ignoreIntrospection on)', () => {
    const schema = buildSchema(typeDefs.join('\n'));
    const off = { enabled: false };
    const rejections = (protection: 'maxDepth' | 'costLimit', options: Record<string, unknown>, query: string) => {
      const found: GraphQLError[] = [];
      const settings = { ...options, ignoreIntrospection: true, propagateOnRejection: false, onReject: [(_c: unknown, e: GraphQLError) => found.push(e)] };
      const armor = new ApolloArmor({ maxDepth: off, costLimit: off, maxAliases: off, maxDirectives: off, maxTokens: off, blockFieldSuggestion: off, [protection]: settings });
      validate(schema, parse(query), armor.protect().validationRules);
      return found.length;
    };
    expect(rejections('maxDepth', { n: QUERY_LIMITS.maxDepth }, schemaFragment('__schema'))).toBe(1);
    expect(rejections('costLimit', { maxCost: QUERY_LIMITS.maxCost }, costFragment('__schema'))).toBe(1);
    const shallowThenDeep = `query { node(id: "mechanism:alpha") { ...Deep ${nest(3, '...Deep')} } } fragment Deep on Entity { ${nest(2, 'id')} }`;
    expect(rejections('maxDepth', { n: QUERY_LIMITS.maxDepth }, shallowThenDeep)).toBe(1);
  });
});

/** Every .graphql file under a folder. */
function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? graphqlFiles(p) : name.endsWith('.graphql') ? [p] : [];
  });
}

describe('the limits leave real documents alone', () => {
  it('every operation the portal and the test suites send passes every limit', () => {
    const schema = buildSchema(typeDefs.join('\n'));
    const rules = [...specifiedRules, ...queryLimitRules()];
    for (const set of [graphqlFiles(join(ROOT, 'web/src')), graphqlFiles(join(ROOT, 'tests/documents'))]) {
      const definitions: DefinitionNode[] = set.flatMap((f) => parse(readFileSync(f, 'utf8')).definitions);
      const fragments = definitions.filter((d) => d.kind === 'FragmentDefinition');
      const operations = definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations.length).toBeGreaterThan(0);
      for (const op of operations) {
        // The operation with the fragments it uses, directly or through other fragments.
        const used = new Set<string>();
        const spreads = (node: unknown) => [...print(node as never).matchAll(/\.\.\.([A-Za-z_]\w*)/g)].map((m) => m[1]);
        const queue = spreads(op);
        while (queue.length) {
          const name = queue.pop()!;
          if (used.has(name)) continue;
          used.add(name);
          queue.push(...spreads(fragments.find((f) => f.name.value === name)));
        }
        const text = print({ kind: 'Document', definitions: [op, ...fragments.filter((f) => used.has(f.name.value))] } as never);
        const errors = validate(schema, parse(text, { maxTokens: QUERY_LIMITS.maxTokens }), rules);
        expect(errors.map((e) => e.message), op.name?.value).toEqual([]);
      }
    }
  });

  it('introspection, where it is on, is held to the same limits', async () => {
    const dev = await startHttp({ production: false });
    try {
      const shallow = await dev.gql('{ __schema { queryType { name } } }');
      expect(shallow.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const full = await dev.gql(getIntrospectionQuery());
      expect(full.body.errors?.some((e) => e.extensions?.limit === 'depth')).toBe(true);
    } finally {
      await dev.close();
    }
  });
});

describe('what errors reveal about the schema is configurable', () => {
  it('production hides introspection and field suggestions', async () => {
    const { body } = await http.gql('{ __schema { types { name } } }');
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors?.[0].message).toMatch(/introspection/i);
    const misspelt = await http.gql('{ stats { node } }');
    expect(misspelt.body.errors?.[0].message).toBe('Cannot query field "node" on type "Stats".');
  });

  it('development shows suggestions', async () => {
    const dev = await startHttp({ production: false });
    try {
      const { body } = await dev.gql('{ stats { node } }');
      expect(body.errors?.[0].message).toMatch(/Did you mean "nodes/);
    } finally {
      await dev.close();
    }
  });
});
