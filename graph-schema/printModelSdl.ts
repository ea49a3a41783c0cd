/**
 * Prints the GraphQL types that mirror graph-schema/model.ts (entity types, their properties, relationship
 * types, edge properties) to graph-schema/generated/model.graphql. Run by `npm run codegen`; the output is
 * committed and a test fails when it is stale.
 */
import { NODE_TYPES, NODE_TYPE_NAMES, REL_TYPES, REL_TYPE_NAMES, COMMON_NODE_PROPS, type PropSpec } from './model.js';
import { NODE_PROP_COLUMNS, REL_PROP_COLUMNS } from './columns.js';

const gqlType = (p: { kind: PropSpec['kind'] }) => ({ string: 'String', int: 'Int', float: 'Float', 'string[]': '[String!]' })[p.kind];
const describe = (doc: string, indent = '') => `${indent}"""${doc.replace(/"""/g, "'''")}"""\n`;
const REQUIRED = new Set(['nameZh', 'nameEn', 'summaryZh', 'summaryEn']);

const commonFields = (indent: string) =>
  [
    `${indent}id: ID!`,
    `${indent}type: EntityType!`,
    ...Object.entries(COMMON_NODE_PROPS).map(
      ([name, spec]) => `${describe(spec.doc, indent)}${indent}${name}: ${name === 'aliases' ? '[String!]!' : gqlType(spec)}${REQUIRED.has(name) ? '!' : ''}`,
    ),
    `${describe('Where each fact about this entity comes from', indent)}${indent}sources: [Source!]!`,
    `${describe('Number of relationships at this entity, in the whole graph', indent)}${indent}degree: Int!`,
  ].join('\n');

export function printModelSdl(): string {
  const out: string[] = ['# Generated from graph-schema/model.ts by `npm run codegen`. Do not edit.', ''];
  out.push(describe('The kinds of entity in the graph') + `enum EntityType {\n${NODE_TYPE_NAMES.map((t) => `${describe(NODE_TYPES[t].doc, '  ')}  ${t}`).join('\n')}\n}\n`);
  out.push(describe('The kinds of relationship in the graph') + `enum RelationType {\n${REL_TYPE_NAMES.map((t) => `${describe(REL_TYPES[t].doc, '  ')}  ${t}`).join('\n')}\n}\n`);
  out.push(describe('What every entity has') + `interface Entity {\n${commonFields('  ')}\n}\n`);
  for (const t of NODE_TYPE_NAMES) {
    const own = Object.entries(NODE_TYPES[t].props as Record<string, PropSpec>).map(([name, spec]) => `${describe(spec.doc, '  ')}  ${name}: ${gqlType(spec)}`);
    out.push(describe(NODE_TYPES[t].doc) + `type ${t} implements Entity {\n${commonFields('  ')}${own.length ? '\n' + own.join('\n') : ''}\n}\n`);
  }
  const relFields = REL_PROP_COLUMNS.map((c) => `  ${c.name}: ${gqlType(c)}`);
  out.push(
    describe('A relationship between two entities; properties that its type does not have are null') +
      `type Edge {\n  """from|TYPE|to"""\n  id: ID!\n  type: RelationType!\n  from: ID!\n  to: ID!\n  sources: [Source!]!\n${relFields.join('\n')}\n}\n`,
  );
  // Curation inputs (issue 7): every property any type has; the loader's rules decide which a type accepts.
  const inputFields = (cols: typeof REL_PROP_COLUMNS) => cols.map((c) => `  ${c.name}: ${gqlType(c)}`).join('\n');
  out.push(
    describe('Properties of an entity, as a curator sets them; only those of the entity\'s type are accepted, and null clears one') +
      `input EntityPropertiesInput {\n${inputFields(NODE_PROP_COLUMNS)}\n}\n`,
  );
  out.push(
    describe('Properties of a relationship, as a curator sets them; only those of its type are accepted') +
      `input RelationshipPropertiesInput {\n${inputFields(REL_PROP_COLUMNS)}\n}\n`,
  );
  return out.join('\n');
}
