/** search and entities: Relay connections over the store. */
import type { NodeType } from '../../../graph-schema/model.js';
import { BadUserInputError } from '../errors.js';
import { toEntityModel } from '../schema/models.js';
import type { EntityFilter, GraphStore } from '../store/GraphStore.js';
import { checkFirst, connection, decodeCursor } from './pagination.js';

export const MAX_SEARCH_TEXT = 200;

export interface FilterInput {
  sourceDoc?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  text?: string | null;
}

function checkText(text: string): string {
  const t = text.trim();
  if (t === '') throw new BadUserInputError('search text must not be empty', 'text');
  if (t.length > MAX_SEARCH_TEXT) throw new BadUserInputError(`search text is limited to ${MAX_SEARCH_TEXT} characters`, 'text');
  return t;
}

export async function searchEntities(store: GraphStore, text: string, types: NodeType[] | null | undefined, first?: number | null, after?: string | null) {
  const limit = checkFirst(first);
  const offset = decodeCursor(after);
  const page = await store.search(checkText(text), { types: types ?? [] }, offset, limit);
  return connection(page.items.map(toEntityModel), page.total, offset);
}

export async function listEntities(store: GraphStore, type: NodeType | null | undefined, filter: FilterInput | null | undefined, first?: number | null, after?: string | null) {
  const limit = checkFirst(first);
  const offset = decodeCursor(after);
  const f: EntityFilter = {
    types: type ? [type] : [],
    sourceDoc: filter?.sourceDoc ?? undefined,
    yearFrom: filter?.yearFrom ?? undefined,
    yearTo: filter?.yearTo ?? undefined,
  };
  const page = filter?.text ? await store.search(checkText(filter.text), f, offset, limit) : await store.listEntities(f, offset, limit);
  return connection(page.items.map(toEntityModel), page.total, offset);
}
