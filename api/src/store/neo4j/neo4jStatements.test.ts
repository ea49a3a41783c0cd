/**
 * No Neo4j server runs here, so every statement the adapter can send goes through Neo4j's own parser and
 * semantic analysis (@neo4j-cypher/language-support, the Cypher front end compiled to JS), for both the
 * Cypher 5 (Neo4j 5) and Cypher 25 (Neo4j 2025+) languages. Declaring the model's labels, types,
 * properties and the adapter's parameters makes a misspelt name or an unknown parameter a finding too.
 */
import { lintCypherQuery, parseStatementsStrs, type SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { NODE_COLUMNS, REL_COLUMNS } from '../../../../graph-schema/columns.js';
import { NODE_TYPE_NAMES, REL_TYPE_NAMES } from '../../../../graph-schema/model.js';
import { AUDIT_TABLE, MAX_PATH_LENGTH, allNeo4jStatements, audit, curate, read, schema } from '../cypher/statements.js';

const VERSIONS = ['CYPHER 5', 'CYPHER 25'] as const;

/** Every parameter Neo4jStore passes, with a value of the type it sends. */
const PARAMETERS: Record<string, unknown> = {
  ids: ['a'], types: ['Case'], sourceDoc: 'doc', yearFrom: 2000, yearTo: 2020, tokens: ['x'], raw: 'x', lower: 'x',
  skip: 0, limit: 10, relations: ['APPLIES'], from: 'a', to: 'b', rows: [{ id: 'a' }],
  // curation and the audit log (issue 7)
  id: 'a', relType: 'APPLIES', entityId: 'a',
};

const dbSchema = (defaultLanguage: (typeof VERSIONS)[number]) => ({
  defaultLanguage,
  labels: ['Entity', ...NODE_TYPE_NAMES, 'AuditEntry'],
  relationshipTypes: [...REL_TYPE_NAMES],
  // `from` and `to` are keys of the relationship rows (`row.from`), which the linter cannot tell from properties.
  propertyKeys: [...new Set([...NODE_COLUMNS, ...REL_COLUMNS, ...AUDIT_TABLE].map((c) => c.name)), 'from', 'to'],
  parameters: PARAMETERS,
});

/**
 * The one notice we accept: `MATCH (a {id: …}), (b {id: …})` is a "cartesian product" to the linter, but
 * both sides are single lookups on the unique `entity_id` constraint, so the product has one row.
 */
const ACCEPTED = /^If a part of a query contains multiple disconnected patterns, this will build a cartesian product/;

function findings(query: string, version: (typeof VERSIONS)[number]): string[] {
  const { diagnostics } = lintCypherQuery(query, dbSchema(version));
  const text = (d: SyntaxDiagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
  return diagnostics.filter((d) => !ACCEPTED.test(text(d))).map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${text(d)}`);
}

const statements = allNeo4jStatements();

describe('every Cypher statement Neo4jStore can send is valid Neo4j Cypher', () => {
  it('covers the reads, the schema, one insert per label and relationship type, the delete, curation and the audit log', () => {
    const reads = Object.keys(read).length - 1 + MAX_PATH_LENGTH; // shortestPaths once per length
    const curation = Object.keys(curate).length + Object.keys(audit).length;
    expect(statements).toHaveLength(reads + schema.neo4j().length + NODE_TYPE_NAMES.length + REL_TYPE_NAMES.length + 1 + curation);
  });

  for (const version of VERSIONS) {
    it.each(statements.map((s, i) => [i, s.slice(0, 70), s] as const))(`${version} #%i %s…`, (_i, _head, statement) => {
      expect(parseStatementsStrs(statement)).toHaveLength(1);
      expect(findings(statement, version)).toEqual([]);
    });
  }
});

describe('the check can fail (negative controls)', () => {
  it.each(VERSIONS)('%s: a syntax error is reported', (version) => {
    expect(findings('MATCH (n:Entity WHERE n.id = $from RETURN n', version).some((f) => f.startsWith('error: Invalid input'))).toBe(true);
  });

  it.each(VERSIONS)('%s: an unknown variable is reported', (version) => {
    expect(findings('MATCH (n:Entity) RETURN m', version)).toEqual(['error: Variable `m` not defined']);
  });

  it.each(VERSIONS)('%s: a parameter the adapter does not pass is reported', (version) => {
    expect(findings('MATCH (n:Entity) WHERE n.id = $nodeId RETURN n', version)).toEqual(['error: Parameter $nodeId is not defined.']);
  });

  it.each(VERSIONS)('%s: a misspelt property or label is reported', (version) => {
    const found = findings('MATCH (n:Entty) WHERE n.serchText CONTAINS $raw RETURN n', version);
    expect(found.some((f) => f.includes('Entty'))).toBe(true);
    expect(found.some((f) => f.includes('serchText'))).toBe(true);
  });

  it.each(VERSIONS)('%s: a Kuzu-only statement is reported', (version) => {
    expect(findings(read.shortestPaths('kuzu', 3), version).some((f) => f.startsWith('error:'))).toBe(true);
  });
});
