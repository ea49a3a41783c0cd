/**
 * The one description of the graph. Kuzu DDL, Neo4j constraints, the loader's validation,
 * the GraphQL entity types (graph-schema/generated/model.graphql) and the TypeScript record
 * types all derive from this file: adding a property is a one-place change here.
 */

export type PropKind = 'string' | 'int' | 'float' | 'string[]';

export interface PropSpec {
  readonly kind: PropKind;
  /** Allowed values, for enumerations curators must not misspell. */
  readonly values?: readonly string[];
  readonly doc: string;
}

export interface NodeTypeSpec {
  /** Prefix every id of this type carries, e.g. `mechanism:` for Mechanism. */
  readonly prefix: string;
  /** Folder under seed/ that holds this type's YAML files. */
  readonly folder: string;
  readonly doc: string;
  readonly props: Readonly<Record<string, PropSpec>>;
}

export interface RelTypeSpec {
  readonly doc: string;
  /** Allowed (from type, to type) pairs. */
  readonly pairs: readonly (readonly [NodeType, NodeType])[];
  readonly props: Readonly<Record<string, PropSpec>>;
}

const s = (doc: string, values?: readonly string[]): PropSpec => (values ? { kind: 'string', doc, values } : { kind: 'string', doc });
const i = (doc: string): PropSpec => ({ kind: 'int', doc });
const f = (doc: string): PropSpec => ({ kind: 'float', doc });
const list = (doc: string): PropSpec => ({ kind: 'string[]', doc });

/** Properties every node has. `sources` is stored as JSON text because Neo4j cannot store maps. */
export const COMMON_NODE_PROPS = {
  nameZh: s('Chinese name'),
  nameEn: s('English name, from the glossary'),
  summaryZh: s('Summary in Chinese, in our own words'),
  summaryEn: s('Summary in English, in our own words'),
  aliases: list('Other names, Chinese or English'),
  yearFrom: i('First year the entity applies to (publication year, policy year, start of a period)'),
  yearTo: i('Last year the entity applies to, when it is a period'),
} as const satisfies Record<string, PropSpec>;

/** Properties every relationship may have. */
export const COMMON_REL_PROPS = {
  noteZh: s('What the documents say about this link, in our own words (Chinese)'),
  noteEn: s('What the documents say about this link, in our own words (English)'),
} as const satisfies Record<string, PropSpec>;

export const SECTORS = ['party', 'government', 'self-governing', 'social', 'market', 'group'] as const;
export const DIMENSIONS = ['subject', 'institution', 'resource', 'technology'] as const;
export const STANCES = ['describes', 'supports', 'critiques'] as const;

export const NODE_TYPES = {
  Actor: {
    prefix: 'actor', folder: 'actor',
    doc: 'A kind of governance subject (residents\' committee, social worker, property company, occupational group…)',
    props: { sector: s('Which sector the actor belongs to', SECTORS) },
  },
  Organization: {
    prefix: 'org', folder: 'organization',
    doc: 'A named organisation: a foundation, a ministry, an alliance, a platform operator',
    props: { kind: s('What kind of organisation it is (ministry, foundation, alliance, party committee…)') },
  },
  Mechanism: {
    prefix: 'mechanism', folder: 'mechanism',
    doc: 'A governance mechanism or institutional arrangement, possibly made of named parts',
    props: {
      dimensions: { kind: 'string[]', values: DIMENSIONS, doc: 'Embedding dimensions the authors file it under' },
      partKind: s('When this mechanism is a part of another: what kind of part (activity, subject type, level, category, mode…)'),
    },
  },
  Case: {
    prefix: 'case', folder: 'case',
    doc: 'One place\'s practice as a document describes it',
    props: {
      locality: s('Subdistrict, district or community the practice happened in, as written'),
      dimension: s('Analytical dimension the authors file the case under', DIMENSIONS),
    },
  },
  GovernanceModel: {
    prefix: 'model', folder: 'governance-model',
    doc: 'A governance model or regime (unit system, street-residence system, a city model)',
    props: { era: s('Era label, e.g. planned economy, reform era') },
  },
  City: {
    prefix: 'city', folder: 'city',
    doc: 'A city named in the documents or the reference lists',
    props: {
      province: s('Province-level unit, in Chinese'),
      adminLevel: s('Administrative level', ['municipality', 'sub-provincial', 'prefecture', 'county-level']),
      sizeClass: s('City size class (2014 standard, 2020 census lists): super-large 超大城市 (10M+), megacity 特大城市 (5–10M), large-I/II 大城市, medium 中等城市, small-I/II 小城市', ['super-large', 'megacity', 'large-I', 'large-II', 'medium', 'small-I', 'small-II']),
      population: i('Resident population, 2020 census'),
      adminCode: s('GB/T 2260 administrative code'),
      lat: f('Latitude (WGS84)'),
      lng: f('Longitude (WGS84)'),
    },
  },
  Locality: {
    prefix: 'locality', folder: 'locality',
    doc: 'A district, subdistrict or community named in the documents',
    props: {
      level: s('Administrative level', ['district', 'county', 'subdistrict', 'town', 'community']),
      province: s('Province-level unit, in Chinese'),
    },
  },
  ExperimentZone: {
    prefix: 'zone', folder: 'experiment-zone',
    doc: 'A national community governance and service innovation experiment zone',
    props: {
      batch: i('Batch of the national programme (1–4)'),
      themeZh: s('Experiment theme, Chinese, in our words'),
      themeEn: s('Experiment theme, English'),
      province: s('Province-level unit, in Chinese'),
      adminCode: s('GB/T 2260 administrative code'),
      lat: f('Latitude (WGS84)'),
      lng: f('Longitude (WGS84)'),
    },
  },
  Program: {
    prefix: 'program', folder: 'program',
    doc: 'A programme or pilot (the experiment-zone programme and its batches, pilot bases)',
    props: {},
  },
  Problem: {
    prefix: 'problem', folder: 'problem',
    doc: 'A problem or challenge of governance the documents name',
    props: { scope: s('Where the problem sits (community, city, online, organisation…)') },
  },
  Concept: {
    prefix: 'concept', folder: 'concept',
    doc: 'A concept or theory',
    props: { field: s('Discipline or field (sociology, public administration, united-front work…)') },
  },
  Policy: {
    prefix: 'policy', folder: 'policy',
    doc: 'A policy document, plenary decision, ministry approval or local document',
    props: {
      issuedBy: s('Issuing body, in Chinese'),
      date: s('Date issued, ISO (YYYY, YYYY-MM or YYYY-MM-DD)'),
      docNumber: s('Document number, e.g. 民函〔2019〕41号'),
    },
  },
  Statistic: {
    prefix: 'stat', folder: 'statistic',
    doc: 'A figure with its unit and year',
    props: {
      value: f('The number'),
      unit: s('Unit of the number (people, %, organisations, yuan…)'),
    },
  },
  Publication: {
    prefix: 'pub', folder: 'publication',
    doc: 'A seed document, a work it cites, or an external reference',
    props: {
      kind: s('Kind of publication', ['article', 'book', 'chapter', 'thesis', 'report', 'speech', 'newspaper', 'webpage', 'dataset', 'conference']),
      venue: s('Journal, publisher or site'),
      volume: s('Volume or year-issue, as printed'),
      issue: s('Issue number'),
      pages: s('Pages'),
      language: s('Language code', ['zh', 'en']),
      seedDoc: s('File stem, when the publication is one of the seed documents'),
      url: s('Address of an external reference'),
      authorsText: s('Authors as printed'),
    },
  },
  Person: {
    prefix: 'person', folder: 'person',
    doc: 'An author or a named thinker',
    props: { affiliation: s('Affiliation as printed') },
  },
} as const satisfies Record<string, NodeTypeSpec>;

export type NodeType = keyof typeof NODE_TYPES;
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPES) as NodeType[];

const ALL = NODE_TYPE_NAMES;
const pairs = (from: readonly NodeType[], to: readonly NodeType[]) =>
  from.flatMap((a) => to.map((b) => [a, b] as const));

export const REL_TYPES = {
  APPLIES: { doc: 'A case applies a mechanism', pairs: pairs(['Case', 'ExperimentZone', 'City', 'Locality'], ['Mechanism']), props: {} },
  LOCATED_IN: {
    doc: 'Where a case, zone or locality is',
    pairs: pairs(['Case', 'Locality', 'ExperimentZone', 'Organization'], ['ExperimentZone', 'City', 'Locality']),
    props: {},
  },
  MEMBER_OF: {
    doc: 'A zone belongs to a programme batch; a person or organisation to an organisation',
    pairs: [...pairs(['ExperimentZone', 'City'], ['Program']), ...pairs(['Person', 'Organization'], ['Organization'])],
    props: { batch: i('Batch number'), themeZh: s('Theme within the programme, Chinese'), themeEn: s('Theme within the programme, English') },
  },
  INVOLVES: {
    doc: 'A case or mechanism involves an actor or organisation, in a role',
    pairs: pairs(['Case', 'Mechanism', 'GovernanceModel', 'Program', 'Policy'], ['Actor', 'Organization']),
    props: { role: s('Role the actor plays, e.g. backbone, organiser, host, funder') },
  },
  HAS_PART: {
    doc: 'A mechanism, model or programme is made of named parts, in order',
    pairs: [...pairs(['Mechanism', 'GovernanceModel'], ['Mechanism']), ['Program', 'Program'], ['Actor', 'Actor'], ['Organization', 'Organization']],
    props: { order: i('Position of the part, from 1') },
  },
  EXTENDS: { doc: 'A mechanism builds on another', pairs: pairs(['Mechanism'], ['Mechanism']), props: {} },
  ADDRESSES: {
    doc: 'A mechanism, case, model or policy addresses a problem',
    pairs: pairs(['Mechanism', 'Case', 'GovernanceModel', 'Policy', 'Program', 'Concept'], ['Problem']),
    props: {},
  },
  CAUSES: { doc: 'A problem leads to another problem', pairs: pairs(['Problem', 'GovernanceModel'], ['Problem']), props: {} },
  AFFECTS: { doc: 'A problem affects an actor', pairs: pairs(['Problem'], ['Actor', 'Organization']), props: {} },
  EXEMPLIFIES: {
    doc: 'A case or mechanism exemplifies a concept (e.g. the embedding dimension the authors file it under)',
    pairs: pairs(['Case', 'Mechanism', 'GovernanceModel'], ['Concept']),
    props: { dimension: s('Dimension the authors file it under', DIMENSIONS) },
  },
  USES: { doc: 'A governance model or case uses a mechanism', pairs: pairs(['GovernanceModel', 'Program', 'Policy'], ['Mechanism']), props: {} },
  PRIORITISES: { doc: 'A governance model puts a problem first', pairs: pairs(['GovernanceModel'], ['Problem']), props: {} },
  EVOLVED_INTO: {
    doc: 'A governance model changed into another; the note says what drove the change',
    pairs: pairs(['GovernanceModel'], ['GovernanceModel']),
    props: { year: i('Year of the change') },
  },
  CONTRASTS_WITH: {
    doc: 'The documents contrast two models, mechanisms or concepts',
    pairs: pairs(['GovernanceModel', 'Mechanism', 'Concept'], ['GovernanceModel', 'Mechanism', 'Concept']),
    props: { aspectZh: s('What the contrast is about, Chinese'), aspectEn: s('What the contrast is about, English') },
  },
  ORIGINATED_IN: {
    doc: 'Where a model or mechanism first appeared',
    pairs: pairs(['GovernanceModel', 'Mechanism', 'Concept'], ['City', 'Locality', 'ExperimentZone']),
    props: { year: i('Year it appeared there') },
  },
  ESTABLISHES: {
    doc: 'A policy establishes a programme, mechanism, model or organisation',
    pairs: pairs(['Policy'], ['Program', 'Mechanism', 'GovernanceModel', 'Organization', 'Concept', 'ExperimentZone']),
    props: {},
  },
  ISSUED: { doc: 'An organisation issued a policy or ran a programme', pairs: pairs(['Organization'], ['Policy', 'Program']), props: {} },
  DESCRIBES: {
    doc: 'A statistic describes an entity',
    pairs: pairs(['Statistic'], ['City', 'Actor', 'Program', 'ExperimentZone', 'Organization', 'Case', 'Locality', 'Mechanism', 'Problem']),
    props: {},
  },
  INSTANCE_OF: { doc: 'A named organisation is an instance of an actor kind', pairs: pairs(['Organization'], ['Actor']), props: {} },
  AUTHORED_BY: { doc: 'A publication and its authors, in order', pairs: pairs(['Publication', 'Policy'], ['Person', 'Organization']), props: { order: i('Author position, from 1') } },
  CITES: { doc: 'A publication cites another', pairs: pairs(['Publication'], ['Publication', 'Policy']), props: {} },
  DISCUSSES: {
    doc: 'A publication discusses an entity, describing, supporting or critiquing it',
    pairs: pairs(['Publication'], ALL),
    props: { stance: s('Stance the publication takes', STANCES) },
  },
  PROPOSED_BY: { doc: 'A concept or model is attributed to a person', pairs: pairs(['Concept', 'GovernanceModel', 'Mechanism'], ['Person', 'Organization']), props: {} },
  RELATED_TO: { doc: 'Two concepts relate', pairs: pairs(['Concept', 'Problem'], ['Concept', 'Problem']), props: {} },
} as const satisfies Record<string, RelTypeSpec>;

export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];

/** The node type an id belongs to, read from its prefix. */
export function typeOfId(id: string): NodeType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return NODE_TYPE_NAMES.find((t) => NODE_TYPES[t].prefix === prefix);
}

export function nodePropSpecs(type: NodeType): Record<string, PropSpec> {
  return { ...COMMON_NODE_PROPS, ...NODE_TYPES[type].props };
}

export function relPropSpecs(type: RelType): Record<string, PropSpec> {
  return { ...COMMON_REL_PROPS, ...REL_TYPES[type].props };
}

export function isPairAllowed(rel: RelType, from: NodeType, to: NodeType): boolean {
  return REL_TYPES[rel].pairs.some(([a, b]) => a === from && b === to);
}
