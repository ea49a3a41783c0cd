/**
 * How the model becomes stored columns. Both stores keep every node in one shape and every relationship
 * in one shape (the union of the model's properties), so generic graph queries need no per-type code.
 */
import { COMMON_REL_PROPS, NODE_TYPE_NAMES, REL_TYPE_NAMES, nodePropSpecs, relPropSpecs, type PropKind } from './model.js';

export interface Column {
  name: string;
  kind: PropKind;
}

function union(specs: Record<string, { kind: PropKind }>[]): Column[] {
  const seen = new Map<string, PropKind>();
  for (const spec of specs) {
    for (const [name, { kind }] of Object.entries(spec)) {
      const had = seen.get(name);
      if (had && had !== kind) throw new Error(`model: property ${name} has two kinds (${had}, ${kind})`);
      seen.set(name, kind);
    }
  }
  return [...seen].map(([name, kind]) => ({ name, kind }));
}

/** Stored besides the model's properties: sources as JSON text, the documents they name, and a search key. */
export const NODE_SYSTEM_COLUMNS: Column[] = [
  { name: 'type', kind: 'string' },
  { name: 'sources', kind: 'string' },
  { name: 'sourceDocs', kind: 'string[]' },
  { name: 'searchText', kind: 'string' },
];
export const REL_SYSTEM_COLUMNS: Column[] = [
  { name: 'type', kind: 'string' },
  { name: 'sources', kind: 'string' },
  { name: 'sourceDocs', kind: 'string[]' },
];

export const NODE_PROP_COLUMNS: Column[] = union(NODE_TYPE_NAMES.map(nodePropSpecs));
export const REL_PROP_COLUMNS: Column[] = union([COMMON_REL_PROPS, ...REL_TYPE_NAMES.map(relPropSpecs)]);
export const NODE_COLUMNS: Column[] = [{ name: 'id', kind: 'string' }, ...NODE_SYSTEM_COLUMNS, ...NODE_PROP_COLUMNS];
export const REL_COLUMNS: Column[] = [...REL_SYSTEM_COLUMNS, ...REL_PROP_COLUMNS];
