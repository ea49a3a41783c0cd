/**
 * What the benchmark asks: one GraphQL document per query family, and deterministic variables drawn from the
 * synthetic graph. Selections are what the portal shows (a card, an explorer's nodes and edges), not every field.
 */
import type { GraphData, NodeRecord } from '../graph-schema/records.js';
import { pick, randomInt, seededRandom, type Random } from './random.js';

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  /** Not sent: which family a request of a mixed load belongs to, for per-family latencies. */
  kind?: string;
}

/** A named scenario: a document and a generator of its variables (called once per request). */
export interface Scenario {
  name: string;
  /** Which server answers: the app, or the bare Apollo "hello" baseline. */
  target: 'app' | 'hello';
  next: () => Operation;
  /** Notes for the results file (what the variables are drawn from). */
  note: string;
}

export const HELLO = '{ hello }';

const NODE = `query Node($id: ID!) {
  node(id: $id) { id type nameZh nameEn summaryZh summaryEn aliases yearFrom yearTo degree sources { doc locator } }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) { totalCount nodes { id type nameZh nameEn } }
}`;

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { id type nameZh nameEn }
    edges { id type from to }
  }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 6, first: 5) { length nodes { id type nameZh } edges { id type from to } }
}`;

/** The portal's entity page (web/src/routes/entity/[id]/entity.graphql), trimmed to its store work. */
const ENTITY_PAGE = `query EntityPage($id: ID!) {
  node(id: $id) { id type nameZh nameEn summaryZh summaryEn aliases degree sources { doc locator publication { id nameZh nameEn yearFrom } } }
  neighbourhood(id: $id, depth: 1, limit: 100) {
    truncated
    nodes { id type nameZh nameEn }
    edges { id type from to role order sources { doc locator } }
  }
}`;

/** Samples the benchmark draws from, taken from the graph once (then the graph can be dropped). */
export interface Samples {
  ids: string[];
  /** Mechanism ids, for compare. */
  mechanisms: string[];
  /** Curated problem ids (copy 0), for the planner's profile. */
  problems: string[];
  searchTerms: string[];
  pairs: [string, string][];
}

const SAMPLE_IDS = 2000;

/** Words and two-character Chinese pieces of curated names (copy 0), as people would type them. */
function searchTermsOf(nodes: NodeRecord[], random: Random): string[] {
  const terms = new Set<string>();
  const originals = nodes.filter((n) => !n.id.includes('~'));
  for (let i = 0; i < 4000 && terms.size < 300; i++) {
    const n = pick(random, originals);
    const zh = typeof n.props.nameZh === 'string' ? n.props.nameZh : '';
    const en = typeof n.props.nameEn === 'string' ? n.props.nameEn : '';
    if (random() < 0.5 && zh.length >= 2) {
      const at = randomInt(random, zh.length - 1);
      terms.add(zh.slice(at, at + 2));
    } else {
      const words = en.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4);
      if (words.length) terms.add(pick(random, words));
    }
  }
  return [...terms];
}

export function drawSamples(graph: GraphData, seed = 8): Samples {
  const random = seededRandom(seed);
  const ids = Array.from({ length: SAMPLE_IDS }, () => pick(random, graph.nodes).id);
  const mechanismNodes = graph.nodes.filter((n) => n.type === 'Mechanism');
  const mechanisms = Array.from({ length: 200 }, () => pick(random, mechanismNodes).id);
  const pairs = Array.from({ length: 500 }, () => [pick(random, graph.nodes).id, pick(random, graph.nodes).id] as [string, string]);
  const problems = graph.nodes.filter((n) => n.type === 'Problem' && !n.id.includes('~')).map((n) => n.id);
  return { ids, mechanisms, problems, searchTerms: searchTermsOf(graph.nodes, random), pairs };
}

/** Cycles through a list: every run sends the same sequence. */
function cycle<T>(xs: readonly T[]): () => T {
  let i = 0;
  return () => xs[i++ % xs.length];
}

export function coreScenarios(s: Samples): Scenario[] {
  const id = cycle(s.ids);
  const term = cycle(s.searchTerms);
  const pair = cycle(s.pairs);
  const id2 = cycle([...s.ids].reverse());
  const id3 = cycle(s.ids.slice(500).concat(s.ids.slice(0, 500)));
  const id4 = cycle(s.ids.slice(1000).concat(s.ids.slice(0, 1000)));
  return [
    { name: 'hello', target: 'hello', next: () => ({ query: HELLO }), note: 'bare Apollo Server 5 + express 5, `{ hello }`' },
    { name: 'node', target: 'app', next: () => ({ query: NODE, variables: { id: id() } }), note: 'uniformly random entity: card fields, degree, sources' },
    { name: 'search', target: 'app', next: () => ({ query: SEARCH, variables: { text: term() } }), note: 'a word or two-character piece of a curated name, first 20 with totalCount' },
    {
      name: 'neighbourhood d1',
      target: 'app',
      next: () => ({ query: NEIGHBOURHOOD, variables: { id: id2(), depth: 1, limit: 1000 } }),
      note: 'uniformly random entity, depth 1, limit 1000',
    },
    {
      name: 'neighbourhood d2',
      target: 'app',
      next: () => ({ query: NEIGHBOURHOOD, variables: { id: id3(), depth: 2, limit: 1000 } }),
      note: 'uniformly random entity, depth 2, capped at 1000 nodes',
    },
    { name: 'paths', target: 'app', next: () => { const [from, to] = pair(); return { query: PATHS, variables: { from, to } }; }, note: 'uniformly random pair, maxLength 6, first 5' },
    { name: 'entity page', target: 'app', next: () => ({ query: ENTITY_PAGE, variables: { id: id4() } }), note: "the portal's entity page: node with source publications + depth-1 neighbourhood (100)" },
  ];
}

// ---------- families that may or may not exist yet: found by introspection ----------

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntroField {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
export interface IntroType {
  kind: string;
  name: string;
  fields: IntroField[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
  possibleTypes: { name: string }[] | null;
}

export const INTROSPECTION = `{ __schema { queryType { name } types { kind name
  fields { name args { name defaultValue type { ...T } } type { ...T } }
  inputFields { name type { ...T } }
  enumValues { name }
  possibleTypes { name } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const required = (t: TypeRef) => t.kind === 'NON_NULL';
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (t.kind === 'NON_NULL' && !!t.ofType && isList(t.ofType));

/** A selection of scalar fields, two levels deep, skipping fields that need arguments. */
function selection(types: Map<string, IntroType>, typeName: string, depth: number): string {
  const t = types.get(typeName);
  if (!t) return '';
  if (t.kind === 'SCALAR' || t.kind === 'ENUM') return '';
  if (t.kind === 'UNION') return '{ __typename }';
  const parts: string[] = [];
  for (const f of t.fields ?? []) {
    if (f.args.some((a) => required(a.type))) continue;
    const inner = named(f.type);
    const it = types.get(inner.name ?? '');
    if (!it) continue;
    if (it.kind === 'SCALAR' || it.kind === 'ENUM') parts.push(f.name);
    else if (depth > 0) {
      const sub = selection(types, it.name, depth - 1);
      if (sub) parts.push(`${f.name} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

/** Argument values by name and type for the optional families; null when a required one cannot be made. */
function argValue(types: Map<string, IntroType>, name: string, type: TypeRef, s: Samples, random: Random): unknown {
  const inner = named(type);
  const t = types.get(inner.name ?? '');
  if (/^ids$/i.test(name)) return [...new Set(Array.from({ length: 6 }, () => pick(random, s.mechanisms)))].slice(0, 3);
  if (/^problems$/i.test(name) && inner.name === 'ID') return [...new Set([pick(random, s.problems), pick(random, s.problems)])];
  if (/id$/i.test(name) && inner.name === 'ID') return isList(type) ? [pick(random, s.ids), pick(random, s.ids)] : pick(random, s.ids);
  if (/^(first|top|limit)$/.test(name)) return 10;
  if (t?.kind === 'ENUM') return isList(type) ? (t.enumValues ?? []).slice(0, 2).map((v) => v.name) : t.enumValues?.[0]?.name;
  if (t?.kind === 'INPUT_OBJECT') {
    const out: Record<string, unknown> = {};
    for (const f of t.inputFields ?? []) {
      // Required fields, enums (a profile's choices) and the id lists the samples can fill.
      const fieldType = types.get(named(f.type).name ?? '');
      if (!required(f.type) && fieldType?.kind !== 'ENUM' && !/^(ids|problems)$/i.test(f.name)) continue;
      const v = argValue(types, f.name, f.type, s, random);
      if (v === undefined || v === null) {
        if (required(f.type)) return null;
        continue;
      }
      out[f.name] = v;
    }
    return out;
  }
  if (inner.name === 'Int') return 10;
  if (inner.name === 'Float') return 1;
  if (inner.name === 'Boolean') return false;
  if (inner.name === 'String') return isList(type) ? ['社区'] : '社区';
  return required(type) ? null : undefined;
}

/** Per-family tweaks: analytics over the explorer's typical scope (a neighbourhood-sized id set), and whole-graph. */
const OPTIONAL_FAMILIES = ['compare', 'recommendMechanisms', 'analytics'] as const;

export interface OptionalScenarios {
  scenarios: Scenario[];
  /** Families not in the schema, or not callable generically, with why. */
  skipped: { family: string; reason: string }[];
}

export function optionalScenarios(intro: { queryType: { name: string }; types: IntroType[] }, s: Samples): OptionalScenarios {
  const types = new Map(intro.types.map((t) => [t.name, t]));
  const query = types.get(intro.queryType.name);
  const out: OptionalScenarios = { scenarios: [], skipped: [] };
  for (const family of OPTIONAL_FAMILIES) {
    const field = query?.fields?.find((f) => f.name === family);
    if (!field) {
      out.skipped.push({ family, reason: 'not in the schema at the time of the run' });
      continue;
    }
    const sel = selection(types, named(field.type).name ?? '', 2);
    const random = seededRandom(family.length);
    const make = (overrides: Record<string, unknown> = {}): Operation | null => {
      const variables: Record<string, unknown> = {};
      const decl: string[] = [];
      for (const a of field.args) {
        const v = a.name in overrides ? overrides[a.name] : argValue(types, a.name, a.type, s, random);
        if (v === null && required(a.type)) return null;
        if (v === undefined || v === null) continue;
        variables[a.name] = v;
        decl.push(`$${a.name}: ${typeText(a.type)}`);
      }
      const args = Object.keys(variables).map((k) => `${k}: $${k}`).join(', ');
      return { query: `query Bench${decl.length ? `(${decl.join(', ')})` : ''} { ${family}${args ? `(${args})` : ''} ${sel} }`, variables };
    };
    if (!make()) {
      out.skipped.push({ family, reason: 'a required argument could not be made generically; add a builder in bench/queries.ts' });
      continue;
    }
    if (family === 'analytics') {
      const scopeOf = () => ({ ids: Array.from({ length: 200 }, () => pick(random, s.ids)) });
      const scopes = Array.from({ length: 50 }, scopeOf);
      const sc = cycle(scopes);
      out.scenarios.push({ name: 'analytics (whole graph, cached)', target: 'app', next: () => make({ scope: undefined, top: 20 })!, note: 'whole graph, top 20; the first call computes, later ones hit the per-version cache' });
      out.scenarios.push({ name: 'analytics (200-id scope)', target: 'app', next: () => make({ scope: sc(), top: 20 })!, note: '50 distinct scopes of 200 random ids, cycled (cache hits after the first round)' });
    } else {
      const ops = Array.from({ length: 200 }, () => make()!);
      const op = cycle(ops);
      out.scenarios.push({ name: family, target: 'app', next: op, note: 'arguments generated from the schema by introspection' });
    }
  }
  return out;
}

function typeText(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeText(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${typeText(t.ofType!)}]`;
  return t.name ?? 'String';
}

/** A weighted mix of the core families (the load test): each request is drawn from one of them. */
export function mixedScenario(parts: { scenario: Scenario; weight: number }[], seed = 60): Scenario {
  const random = seededRandom(seed);
  const total = parts.reduce((a, p) => a + p.weight, 0);
  return {
    name: 'mixed',
    target: 'app',
    note: parts.map((p) => `${p.scenario.name} ${Math.round((100 * p.weight) / total)}%`).join(', '),
    next: () => {
      let x = random() * total;
      const part = parts.find((p) => (x -= p.weight) < 0) ?? parts[parts.length - 1];
      return { ...part.scenario.next(), kind: part.scenario.name };
    },
  };
}

