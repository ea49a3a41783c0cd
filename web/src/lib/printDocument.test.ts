import { parse, print, type ASTNode, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from './generated/graphql';
import { printDocument } from './printDocument';

/** The AST without source locations (nor whether a string was a block string), so parses compare by meaning. */
const plain = (doc: DocumentNode): unknown => JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === 'loc' || key === 'block' ? undefined : value)));
const isDocument = (v: unknown): v is DocumentNode => typeof v === 'object' && v !== null && (v as ASTNode).kind === 'Document';

describe('printDocument', () => {
  const documents = Object.entries(generated).filter((e): e is [string, DocumentNode] => isDocument(e[1]));

  it('prints every document the portal sends to text that parses back to the same document', () => {
    expect(documents.length).toBeGreaterThan(20);
    for (const [name, doc] of documents) {
      expect(plain(parse(printDocument(doc))), name).toEqual(plain(parse(print(doc))));
    }
  });

  it('prints the rest of the executable syntax: directives, defaults, literals of every kind, aliases', () => {
    const source = `
      query Q($a: Int = 3, $b: [String!]! = ["x"], $c: In = {k: ENUM_V, l: [1, 2.5e3], m: null, n: true}) @dir(x: false) {
        alias: field(s: "quote \\" backslash \\\\ newline \\n 社区 \\u00e9", t: """block "quoted" text""") @include(if: $a) {
          ... on T @skip(if: true) { x }
          ... @defer { y }
          ...F @dir
        }
      }
      mutation { m }
      subscription S { s }
      fragment F on T @dir { z }
    `;
    const doc = parse(source);
    expect(plain(parse(printDocument(doc)))).toEqual(plain(parse(print(doc))));
  });

  it('refuses what it does not know rather than printing it wrong', () => {
    expect(() => printDocument(parse('type T { a: Int }'))).toThrow(/ObjectTypeDefinition/);
  });
});
