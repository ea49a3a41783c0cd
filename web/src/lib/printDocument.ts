/**
 * GraphQL documents back to query text, for the wire. graphql-js's `print` would do, but it brings its visitor and
 * block-string printer into every page (~3.5 KB gzip of the app shell, issue 8); this covers the syntax an executable
 * document can hold, on one line. printDocument.test.ts checks it against graphql-js's own parser for every
 * document the portal sends. Anything else (a type definition) is refused rather than printed wrong.
 */
import type { DocumentNode } from 'graphql';

/** The AST as plain data: the fields this printer reads, for every node kind it knows. */
interface AstNode {
  kind: string;
  [field: string]: unknown;
}

const list = (nodes: unknown, sep: string): string => ((nodes as AstNode[] | undefined) ?? []).map(node).join(sep);
const wrap = (open: string, inner: string, close: string): string => (inner ? `${open}${inner}${close}` : '');
const name = (n: unknown): string => (n ? (n as { value: string }).value : '');

function node(n: AstNode): string {
  switch (n.kind) {
    case 'Document':
      return list(n.definitions, ' ');
    case 'OperationDefinition':
      return [n.operation, name(n.name) + wrap('(', list(n.variableDefinitions, ', '), ')'), list(n.directives, ' '), node(n.selectionSet as AstNode)]
        .filter(Boolean)
        .join(' ');
    case 'VariableDefinition':
      return `${node(n.variable as AstNode)}: ${node(n.type as AstNode)}${n.defaultValue ? ` = ${node(n.defaultValue as AstNode)}` : ''}${wrap(' ', list(n.directives, ' '), '')}`;
    case 'SelectionSet':
      return `{ ${list(n.selections, ' ')} }`;
    case 'Field':
      return [
        (n.alias ? `${name(n.alias)}: ` : '') + name(n.name) + wrap('(', list(n.arguments, ', '), ')'),
        list(n.directives, ' '),
        n.selectionSet ? node(n.selectionSet as AstNode) : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'Argument':
    case 'ObjectField':
      return `${name(n.name)}: ${node(n.value as AstNode)}`;
    case 'FragmentSpread':
      return `...${name(n.name)}${wrap(' ', list(n.directives, ' '), '')}`;
    case 'InlineFragment':
      return ['...', n.typeCondition ? `on ${node(n.typeCondition as AstNode)}` : '', list(n.directives, ' '), node(n.selectionSet as AstNode)].filter(Boolean).join(' ');
    case 'FragmentDefinition':
      return [`fragment ${name(n.name)} on ${node(n.typeCondition as AstNode)}`, list(n.directives, ' '), node(n.selectionSet as AstNode)].filter(Boolean).join(' ');
    case 'Directive':
      return `@${name(n.name)}${wrap('(', list(n.arguments, ', '), ')')}`;
    case 'Variable':
      return `$${name(n.name)}`;
    case 'NamedType':
      return name(n.name);
    case 'ListType':
      return `[${node(n.type as AstNode)}]`;
    case 'NonNullType':
      return `${node(n.type as AstNode)}!`;
    case 'IntValue':
    case 'FloatValue':
    case 'EnumValue':
      return String(n.value);
    case 'StringValue':
      // JSON's escapes are GraphQL's (\", \\, \n, \uXXXX…); a block string prints as an ordinary one.
      return JSON.stringify(n.value);
    case 'BooleanValue':
      return n.value ? 'true' : 'false';
    case 'NullValue':
      return 'null';
    case 'ListValue':
      return `[${list(n.values, ', ')}]`;
    case 'ObjectValue':
      return `{${list(n.fields, ', ')}}`;
    default:
      throw new Error(`printDocument: cannot print a ${n.kind} node`);
  }
}

export function printDocument(document: DocumentNode): string {
  return node(document as unknown as AstNode);
}
