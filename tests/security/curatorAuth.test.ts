/**
 * Curator editing over real HTTP (issue 7): no token, a wrong token or an expired one changes nothing and
 * touches no store method; a valid token's edits are validated exactly as seed files are, and logged.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphHash } from '../../graph-schema/graphHash.js';
import { CuratorTokens, hashToken } from '../../api/src/auth/curatorTokens.js';
import { ConfigError } from '../../api/src/config.js';
import { loadSeedFiles } from '../../seed/loader/loadSeedFiles.js';
import { SeedError } from '../../seed/loader/SeedError.js';
import { FIXTURE_SEED } from '../contract/graphStoreContract.js';
import { codes, startHttp, type Http } from './securityHarness.js';

const token = (name: string) => `atlas_${name}-0123456789abcdef0123456789`;
const ALICE = token('alice');
const EXPIRED = token('bob');
const DAVE = token('dave');
const dir = mkdtempSync(join(tmpdir(), 'atlas-tokens-'));
const tokensFile = join(dir, 'curators.txt');
const fileLines = (...lines: string[]) => writeFileSync(tokensFile, ['# curator tokens: name:sha256[:expiry]', ...lines, ''].join('\n'));

let http: Http;
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

const MUTATIONS = {
  createEntity: `mutation { createEntity(type: Actor, id: "actor:new", properties: { nameZh: "新", nameEn: "New", summaryZh: "新的。", summaryEn: "New one." }, sources: [{ doc: "pub:fixture-doc", locator: "1" }]) { entity { id } audit { id } } }`,
  updateEntity: `mutation { updateEntity(id: "actor:social-worker", properties: { nameEn: "Hacked" }) { entity { id } } }`,
  deleteEntity: `mutation { deleteEntity(id: "mechanism:alpha", detach: true) { audit { id } } }`,
  createRelationship: `mutation { createRelationship(from: "mechanism:alpha", type: INVOLVES, to: "actor:social-worker", properties: { role: "x" }, sources: [{ doc: "pub:fixture-doc", locator: "1" }]) { relationship { id } } }`,
  deleteRelationship: `mutation { deleteRelationship(from: "case:gamma-practice", type: APPLIES, to: "mechanism:alpha") { audit { id } } }`,
  auditLog: `{ auditLog { totalCount nodes { who } } }`,
};

async function state() {
  return { hash: graphHash(await http.kuzu.dump()), audit: (await http.kuzu.auditLog({}, 0, 1)).total };
}

beforeAll(async () => {
  fileLines(`alice:${hashToken(ALICE)}`, `bob:${hashToken(EXPIRED)}:2000-01-01`, `carol:${hashToken(token('carol'))}:2999-12-31T00:00:00Z`);
  http = await startHttp({ tokens: CuratorTokens.load({ curatorTokensFile: tokensFile, curatorTokens: `dave:${hashToken(DAVE)}` }) });
});
afterAll(async () => {
  await http.close();
});
beforeEach(() => http.calls.reset());

describe('without a valid curator token nothing is written, and the store is not even asked', () => {
  const cases: [string, Record<string, string>, number, string][] = [
    ['no token', {}, 401, 'UNAUTHENTICATED'],
    ['a wrong token', bearer(token('mallory')), 401, 'UNAUTHENTICATED'],
    ['a malformed header', { authorization: 'Basic YWxpY2U6c2VjcmV0' }, 401, 'UNAUTHENTICATED'],
    ['a token with a hash as its text', bearer(hashToken(ALICE)), 401, 'UNAUTHENTICATED'],
    ['an expired token', bearer(EXPIRED), 403, 'FORBIDDEN'],
  ];
  for (const [name, headers, status, code] of cases) {
    it(`${name}: ${code} for every mutation and for the audit log`, async () => {
      const before = await state();
      for (const [field, query] of Object.entries(MUTATIONS)) {
        http.calls.reset();
        const res = await http.gql(query, {}, headers);
        expect(res.status, field).toBe(status);
        expect(codes(res.body), field).toEqual([code]);
        expect(res.body.data, field).toBeNull();
        expect(http.calls.calls, field).toEqual([]);
        if (status === 401) expect(res.headers.get('www-authenticate')).toBe('Bearer');
      }
      expect(await state()).toEqual(before);
    });
  }

  it('reads need no token, and a bad token does not stop them', async () => {
    const res = await http.gql('{ node(id: "actor:social-worker") { nameEn } }', {}, bearer(token('mallory')));
    expect(res.body).toEqual({ data: { node: { nameEn: 'Social Worker' } } });
  });
});

describe('with a curator token', () => {
  it('creates, updates, links, unlinks and deletes, each change logged with who, when, before and after', async () => {
    const as = bearer(ALICE);
    const created = await http.gql(
      `mutation($p: EntityPropertiesInput!) { createEntity(type: Organization, id: "org:test-foundation", properties: $p, sources: [{ doc: "900_0000000000000000", locator: "5" }]) {
        entity { id nameZh ... on Organization { kind } } audit { who action target before after at } } }`,
      { p: { nameZh: '测试基金会', nameEn: 'Test Foundation', summaryZh: '一个基金会。', summaryEn: 'A foundation.', kind: 'foundation', aliases: ['TF'] } },
      as,
    );
    expect(created.body.errors).toBeUndefined();
    const c = (created.body.data as { createEntity: { entity: unknown; audit: { who: string; action: string; before: null; after: string; at: string } } }).createEntity;
    expect(c.entity).toEqual({ id: 'org:test-foundation', nameZh: '测试基金会', kind: 'foundation' });
    expect(c.audit).toMatchObject({ who: 'alice', action: 'CREATE_ENTITY', target: 'org:test-foundation', before: null });
    expect(JSON.parse(c.audit.after).nodes[0].props.aliases).toEqual(['TF']);
    expect(Date.now() - Date.parse(c.audit.at)).toBeLessThan(60_000);

    const updated = await http.gql(`mutation { updateEntity(id: "org:test-foundation", properties: { kind: null, yearFrom: 2008 }) { entity { ... on Organization { kind yearFrom nameEn } } } }`, {}, as);
    expect(updated.body.data).toEqual({ updateEntity: { entity: { kind: null, yearFrom: 2008, nameEn: 'Test Foundation' } } });

    const linked = await http.gql(
      `mutation { createRelationship(from: "org:test-foundation", type: INSTANCE_OF, to: "actor:social-worker", sources: [{ doc: "pub:fixture-doc", locator: "6" }]) { relationship { id from to } } }`,
      {},
      bearer(DAVE),
    );
    expect(linked.body.data).toEqual({ createRelationship: { relationship: { id: 'org:test-foundation|INSTANCE_OF|actor:social-worker', from: 'org:test-foundation', to: 'actor:social-worker' } } });
    const degree = await http.gql('{ node(id: "org:test-foundation") { degree } }');
    expect(degree.body.data).toEqual({ node: { degree: 1 } });

    const refused = await http.gql(`mutation { deleteEntity(id: "org:test-foundation") { audit { id } } }`, {}, as);
    expect(codes(refused.body)).toEqual(['CONFLICT']);
    const unlinked = await http.gql(`mutation { deleteRelationship(from: "org:test-foundation", type: INSTANCE_OF, to: "actor:social-worker") { relationship { id } audit { action } } }`, {}, as);
    expect(unlinked.body.data).toEqual({ deleteRelationship: { relationship: null, audit: { action: 'DELETE_RELATIONSHIP' } } });
    const deleted = await http.gql(`mutation { deleteEntity(id: "org:test-foundation") { entity { id } audit { action before } } }`, {}, as);
    expect((deleted.body.data as { deleteEntity: { entity: null } }).deleteEntity.entity).toBeNull();

    const log = await http.gql(`{ auditLog(entityId: "org:test-foundation") { totalCount nodes { who action } } }`, {}, as);
    expect(log.body.data).toEqual({
      auditLog: {
        totalCount: 5,
        nodes: [
          { who: 'alice', action: 'DELETE_ENTITY' },
          { who: 'alice', action: 'DELETE_RELATIONSHIP' },
          { who: 'dave', action: 'CREATE_RELATIONSHIP' },
          { who: 'alice', action: 'UPDATE_ENTITY' },
          { who: 'alice', action: 'CREATE_ENTITY' },
        ],
      },
    });
    expect((await http.gql('{ node(id: "org:test-foundation") { id } }')).body.data).toEqual({ node: null });
  });

  it('a token whose line is removed from the file stops working without a restart', async () => {
    const mine = token('erin');
    fileLines(`alice:${hashToken(ALICE)}`, `erin:${hashToken(mine)}`);
    expect(codes((await http.gql(MUTATIONS.auditLog, {}, bearer(mine))).body)).toEqual([]);
    fileLines(`alice:${hashToken(ALICE)}`);
    expect(codes((await http.gql(MUTATIONS.auditLog, {}, bearer(mine))).body)).toEqual(['UNAUTHENTICATED']);
  });

  it('only hashes are configured: a plain token or a bad expiry in the file stops the start', () => {
    expect(() => CuratorTokens.load({ curatorTokensFile: undefined, curatorTokens: `alice:${ALICE}` })).toThrow(ConfigError);
    expect(() => CuratorTokens.load({ curatorTokensFile: undefined, curatorTokens: `alice:${hashToken(ALICE)}:someday` })).toThrow(/expiry/);
    expect(() => CuratorTokens.load({ curatorTokensFile: join(dir, 'missing.txt'), curatorTokens: undefined })).toThrow(/cannot read/);
  });
});

describe('edits are validated by the seed loader\'s own rules', () => {
  /** What the loader says about an Actor item with these extra YAML lines, and what the API says about the same edit. */
  async function bothSay(yaml: string[], mutation: string): Promise<{ loader: string[]; api: string[] }> {
    const seed = join(mkdtempSync(join(tmpdir(), 'atlas-bad-seed-')), 'seed');
    cpSync(FIXTURE_SEED, seed, { recursive: true });
    writeFileSync(join(seed, 'actor', 'zz.yaml'), ['- id: actor:zz', '  sources: [{ doc: pub:fixture-doc, locator: "1" }]', ...yaml.map((l) => `  ${l}`)].join('\n'));
    let loader: string[] = [];
    try {
      loadSeedFiles(seed);
    } catch (e) {
      if (!(e instanceof SeedError)) throw e;
      loader = e.issues.map((i) => i.message);
    }
    http.calls.reset();
    const before = await state();
    const res = await http.gql(mutation, {}, bearer(ALICE));
    expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
    expect(http.calls.writes).toBe(0);
    expect(await state()).toEqual(before);
    const api = (res.body.errors?.[0].extensions?.issues as { message: string }[]).map((i) => i.message);
    return { loader, api };
  }
  const create = (props: string, sources = '[{ doc: "pub:fixture-doc", locator: "1" }]') =>
    `mutation { createEntity(type: Actor, id: "actor:zz", properties: { ${props} }, sources: ${sources}) { entity { id } } }`;

  it.each([
    ['a value outside an enumeration', ['nameZh: 甲', 'nameEn: A', 'summaryZh: 甲。', 'summaryEn: A.', 'sector: pirate'], create('nameZh: "甲", nameEn: "A", summaryZh: "甲。", summaryEn: "A.", sector: "pirate"')],
    ['a property another type has', ['nameZh: 甲', 'nameEn: A', 'summaryZh: 甲。', 'summaryEn: A.', 'dimensions: [subject]'], create('nameZh: "甲", nameEn: "A", summaryZh: "甲。", summaryEn: "A.", dimensions: ["subject"]')],
    ['missing names and summaries', ['nameZh: 甲'], create('nameZh: "甲"')],
    ['an English name the glossary renders otherwise', ['nameZh: 居民委员会', 'nameEn: Neighbourhood Board', 'summaryZh: 甲。', 'summaryEn: A.'], create('nameZh: "居民委员会", nameEn: "Neighbourhood Board", summaryZh: "甲。", summaryEn: "A."')],
  ])('%s', async (_name, yaml, mutation) => {
    const { loader, api } = await bothSay(yaml, mutation);
    expect(loader.length).toBeGreaterThan(0);
    // The glossary is the same file, read from the fixture by the server and from a copy by the loader.
    const sameFile = (m: string) => m.replace(/\([^()]*glossary\//, '(glossary/');
    expect(api.map(sameFile)).toEqual(loader.map(sameFile));
  });

  it('sources are required, and must name a document the graph knows', async () => {
    const props = 'nameZh: "甲", nameEn: "A", summaryZh: "甲。", summaryEn: "A."';
    const none = await http.gql(create(props, '[]'), {}, bearer(ALICE));
    expect(none.body.errors?.[0].extensions?.issues).toEqual([{ field: 'sources', message: 'at least one source {doc, locator} is required' }]);
    const unknown = await http.gql(create(props, '[{ doc: "pub:nowhere", locator: "1" }]'), {}, bearer(ALICE));
    expect(unknown.body.errors?.[0].extensions?.issues).toEqual([{ field: 'sources[0].doc', message: 'unknown source document "pub:nowhere" (a seed stem or a Publication id)' }]);
    const blank = await http.gql(create(props, '[{ doc: "pub:fixture-doc", locator: " " }]'), {}, bearer(ALICE));
    expect(codes(blank.body)).toEqual(['BAD_USER_INPUT']);
    const missingArg = await http.gql(`mutation { createEntity(type: Actor, id: "actor:zz", properties: { ${props} }) { entity { id } } }`, {}, bearer(ALICE));
    expect(codes(missingArg.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('ids, types and relationship pairs follow the model', async () => {
    const props = 'nameZh: "甲", nameEn: "A", summaryZh: "甲。", summaryEn: "A."';
    const wrongPrefix = await http.gql(`mutation { createEntity(type: Actor, id: "mechanism:zz", properties: { ${props} }, sources: [{ doc: "pub:fixture-doc", locator: "1" }]) { entity { id } } }`, {}, bearer(ALICE));
    expect(wrongPrefix.body.errors?.[0].extensions?.issues).toEqual([{ field: 'id', message: 'a Actor id must start with "actor:"' }]);
    const pair = await http.gql(`mutation { createRelationship(from: "actor:social-worker", type: APPLIES, to: "mechanism:alpha", sources: [{ doc: "pub:fixture-doc", locator: "1" }]) { relationship { id } } }`, {}, bearer(ALICE));
    expect(pair.body.errors?.[0].extensions?.issues).toEqual([{ field: 'to', message: 'APPLIES may not join Actor to Mechanism' }]);
    const ghost = await http.gql(`mutation { createRelationship(from: "actor:ghost", type: INVOLVES, to: "mechanism:alpha", sources: [{ doc: "pub:fixture-doc", locator: "1" }]) { relationship { id } } }`, {}, bearer(ALICE));
    expect(codes(ghost.body)).toEqual(['NOT_FOUND']);
    const lone = await http.gql(
      `mutation($p: EntityPropertiesInput!) { createEntity(type: Actor, id: "actor:zz", properties: $p, sources: [{ doc: "pub:fixture-doc", locator: "1" }]) { entity { id } } }`,
      { p: { nameZh: '甲', nameEn: 'A\ud800', summaryZh: '甲。', summaryEn: 'A.' } },
      bearer(ALICE),
    );
    expect(lone.body.errors?.[0].extensions?.issues).toEqual([
      { field: 'properties.nameEn', message: 'must be well-formed text without control characters' },
      { field: 'properties.nameEn', message: 'is required' },
    ]);
  });
});
