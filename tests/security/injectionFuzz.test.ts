/**
 * Injection fuzz on the embedded store (issue 7): arbitrary text, Cypher-looking text and markup through
 * every string argument of the API. Reads never write and never fail with an internal error; a curator's
 * text is stored and read back exactly, or refused as BAD_USER_INPUT with nothing written.
 */
import fc from 'fast-check';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isUnionType,
  type GraphQLInputType, type GraphQLList, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphHash } from '../../graph-schema/graphHash.js';
import { CuratorTokens, hashToken } from '../../api/src/auth/curatorTokens.js';
import { typeDefs } from '../../api/src/schema/typeDefs.js';
import { codes, startHttp, type Http } from './securityHarness.js';

const TOKEN = 'atlas_fuzz-curator-0123456789abcdef';
const AS_CURATOR = { authorization: `Bearer ${TOKEN}` };
const RUNS = 25;

const PAYLOADS = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  'MATCH (n) DETACH DELETE n',
  '$ids',
  '$rows',
  '{id: "x"}',
  '`Entity`',
  '\\',
  '\\u0000',
  '\u0000',
  "\n' CREATE (:Entity {id: 'pwned'}) //",
  'CALL db.labels()',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '${process.exit(1)}',
  '😀👩‍👩‍👧 社区治理',
  ' ',
  '',
  'a'.repeat(300),
  'actor:social-worker',
  'mechanism:alpha|INVOLVES|actor:social-worker',
];

/** Any text: plain Unicode, raw UTF-16 (lone surrogates, control characters) and injection payloads. */
const text = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
);

let http: Http;
let before: { hash: string; nodes: number; edges: number };

async function snapshot() {
  const dump = await http.kuzu.dump();
  return { hash: graphHash(dump), nodes: dump.nodes.length, edges: dump.edges.length };
}

beforeAll(async () => {
  http = await startHttp({ tokens: CuratorTokens.load({ curatorTokensFile: undefined, curatorTokens: `fuzz:${hashToken(TOKEN)}` }) });
  before = await snapshot();
});
afterAll(async () => {
  await http.close();
});

/** A place in a query's arguments that takes text (String or ID), and the query that fuzzes it through `$s`. */
interface Slot {
  name: string;
  query: string;
}

/**
 * Every String or ID argument of every Query field, read from the schema itself (top-level arguments, list
 * items and input-object fields), so a field added later is fuzzed too. Other required arguments get a
 * plain valid value; the selection is `__typename`, enough to run the resolver.
 */
function stringSlots(schema: GraphQLSchema, root: 'query' | 'mutation'): Slot[] {
  const slots: Slot[] = [];
  const plain = (type: GraphQLInputType): string => {
    if (isNonNullType(type)) return plain(type.ofType);
    if (isListType(type)) return `[${plain(type.ofType)}]`;
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      return `{ ${Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => `${f.name}: ${plain(f.type)}`).join(', ')} }`;
    }
    return ({ ID: '"mechanism:alpha"', String: '"a"', Int: '1', Float: '1.5', Boolean: 'false' } as Record<string, string>)[(type as GraphQLNamedType).name] ?? '"a"';
  };
  /** Every way to put `$s` into a value of `type`: [text of the value, the variable's type]. */
  const holes = (type: GraphQLInputType, depth = 0): [string, string][] => {
    const named = getNamedType(type);
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) return holes((nullable as GraphQLList<GraphQLInputType>).ofType, depth).map(([v, t]) => [`[${v}]`, t]);
    if (named.name === 'String' || named.name === 'ID') return [['$s', `${named.name}!`]];
    if (isInputObjectType(named) && depth < 2) {
      const fields = Object.values(named.getFields());
      return fields.flatMap((f) =>
        holes(f.type, depth + 1).map(([v, t]): [string, string] => [
          `{ ${[`${f.name}: ${v}`, ...fields.filter((o) => o !== f && isNonNullType(o.type)).map((o) => `${o.name}: ${plain(o.type)}`)].join(', ')} }`,
          t,
        ]),
      );
    }
    return [];
  };
  const rootType = root === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  for (const field of Object.values(rootType.getFields())) {
    const returns = getNamedType(field.type);
    const selection = isObjectType(returns) || isInterfaceType(returns) || isUnionType(returns) ? ' { __typename }' : '';
    for (const arg of field.args) {
      for (const [value, varType] of holes(arg.type)) {
        const others = field.args.filter((a) => a !== arg && isNonNullType(a.type)).map((a) => `${a.name}: ${plain(a.type)}`);
        const args = [`${arg.name}: ${value}`, ...others].join(', ');
        slots.push({ name: `${field.name}(${arg.name}${value === '$s' ? '' : `: ${value.replace('$s', '…')}`})`, query: `${root}($s: ${varType}) { ${field.name}(${args})${selection} }` });
      }
    }
  }
  return slots;
}

const SCHEMA = buildSchema(typeDefs.join('\n'));
const SLOTS = stringSlots(SCHEMA, 'query');
const MUTATION_SLOTS = stringSlots(SCHEMA, 'mutation');

describe('every string argument of every query, fuzzed', () => {
  it('covers the core queries (and whatever else the schema has)', () => {
    const names = SLOTS.map((s) => s.name);
    for (const expected of ['node(id)', 'search(text)', 'search(after)', 'entities(filter: { sourceDoc: … })', 'entities(filter: { text: … })', 'neighbourhood(id)', 'paths(from)', 'paths(to)', 'auditLog(entityId)']) {
      expect(names).toContain(expected);
    }
  });

  it.each(SLOTS.map((s) => [s.name, s.query]))('%s: a typed answer or a typed refusal, never an internal error, never a write', async (_name, query) => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const { status, body } = await http.gql(query, { s }, AS_CURATOR);
        expect(body.errors?.filter((e) => !['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(e.extensions?.code))) ?? [], JSON.stringify(s)).toEqual([]);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    expect(http.calls.writes).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});

describe('every string argument of every mutation, fuzzed, with a curator token', () => {
  // A store of its own: a fuzzed update may well be valid and change a name. The other arguments are
  // minimal (no names, a pair the model forbids), so no fuzzed call can create or delete anything.
  let own: Http;
  let counts: number[];
  beforeAll(async () => {
    own = await startHttp({ tokens: CuratorTokens.load({ curatorTokensFile: undefined, curatorTokens: `fuzz:${hashToken(TOKEN)}` }) });
    const dump = await own.kuzu.dump();
    counts = [dump.nodes.length, dump.edges.length];
  });
  afterAll(async () => {
    await own.close();
  });

  it.each(MUTATION_SLOTS.map((s) => [s.name, s.query]))('%s: a typed answer or refusal, never an internal error; counts unchanged', async (_name, query) => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const { status, body } = await own.gql(query, { s }, AS_CURATOR);
        expect(body.errors?.filter((e) => !['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'].includes(String(e.extensions?.code))) ?? [], JSON.stringify(s)).toEqual([]);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 8 },
    );
    const dump = await own.kuzu.dump();
    expect([dump.nodes.length, dump.edges.length]).toEqual(counts);
  });
});

describe('a curator\'s text, fuzzed', () => {
  const CREATE = `mutation($id: ID!, $p: EntityPropertiesInput!, $sources: [SourceInput!]!) {
    createEntity(type: Concept, id: $id, properties: $p, sources: $sources) { entity { id } } }`;
  const READ = 'query($id: ID!) { node(id: $id) { nameZh nameEn summaryZh summaryEn aliases sources { doc locator } ... on Concept { field } } }';
  const DELETE = 'mutation($id: ID!) { deleteEntity(id: $id) { audit { id } } }';
  let n = 0;

  it('is stored and read back exactly, or refused with BAD_USER_INPUT and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ nameZh: text, nameEn: text, summaryZh: text, summaryEn: text, field: text, aliases: fc.array(text, { maxLength: 3 }), locator: text }),
        fc.oneof(fc.constant(''), text),
        async (p, idSuffix) => {
          const id = `concept:fuzz-${n++}${idSuffix}`;
          const { locator, ...props } = p;
          const sources = [{ doc: 'pub:fixture-doc', locator }];
          http.calls.reset();
          const created = await http.gql(CREATE, { id, p: props, sources }, AS_CURATOR);
          if (created.body.errors) {
            expect(codes(created.body)).toEqual(['BAD_USER_INPUT']);
            expect(http.calls.writes).toBe(0);
            return;
          }
          const read = await http.gql(READ, { id });
          // Empty alias lists are stored as absent and come back as [].
          expect(read.body.data).toEqual({ node: { ...props, sources } });
          const deleted = await http.gql(DELETE, { id }, AS_CURATOR);
          expect(deleted.body.errors).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
    expect(n).toBe(150);
    expect(await snapshot()).toEqual(before);
    // Some of the fuzzed edits must have been accepted, or the round trip was never tested.
    const log = await http.kuzu.auditLog({}, 0, 1);
    expect(log.total).toBeGreaterThan(20);
  });

  it('relationship properties and ids round-trip the same way', async () => {
    const LINK = `mutation($p: RelationshipPropertiesInput, $sources: [SourceInput!]!) {
      createRelationship(from: "mechanism:alpha", type: EXEMPLIFIES, to: "concept:fuzz-target", properties: $p, sources: $sources) { relationship { id noteZh noteEn sources { locator } } } }`;
    const UNLINK = 'mutation { deleteRelationship(from: "mechanism:alpha", type: EXEMPLIFIES, to: "concept:fuzz-target") { audit { id } } }';
    const target = await http.gql(CREATE, { id: 'concept:fuzz-target', p: { nameZh: '靶', nameEn: 'Target', summaryZh: '靶。', summaryEn: 'Target.' }, sources: [{ doc: 'pub:fixture-doc', locator: '1' }] }, AS_CURATOR);
    expect(target.body.errors).toBeUndefined();
    await fc.assert(
      fc.asyncProperty(text, text, text, async (noteZh, noteEn, locator) => {
        const linked = await http.gql(LINK, { p: { noteZh, noteEn }, sources: [{ doc: 'pub:fixture-doc', locator }] }, AS_CURATOR);
        if (linked.body.errors) return void expect(codes(linked.body)).toEqual(['BAD_USER_INPUT']);
        const hood = await http.gql('{ neighbourhood(id: "concept:fuzz-target") { edges { id noteZh noteEn sources { locator } } } }');
        const edge = { id: 'mechanism:alpha|EXEMPLIFIES|concept:fuzz-target', noteZh, noteEn, sources: [{ locator }] };
        expect(hood.body.data).toEqual({ neighbourhood: { edges: [edge] } });
        expect((await http.gql(UNLINK, {}, AS_CURATOR)).body.errors).toBeUndefined();
      }),
      { numRuns: 60 },
    );
    await http.gql(DELETE, { id: 'concept:fuzz-target' }, AS_CURATOR);
    expect(await snapshot()).toEqual(before);
  });
});
