/** paths: shortest paths between two entities, through the store's dialect-specific shortest-path query. */
import { BadUserInputError, NotFoundError } from '../errors.js';
import { MAX_PATH_LENGTH } from '../store/cypher/statements.js';
import type { GraphStore, PathRecord } from '../store/GraphStore.js';
import { checkFirst } from './pagination.js';

export async function findPaths(store: GraphStore, from: string, to: string, maxLength?: number | null, first?: number | null): Promise<PathRecord[]> {
  const length = maxLength ?? 4;
  if (!Number.isInteger(length) || length < 1 || length > MAX_PATH_LENGTH) {
    throw new BadUserInputError(`maxLength must be from 1 to ${MAX_PATH_LENGTH}`, 'maxLength');
  }
  const limit = checkFirst(first, 5, 20);
  const found = await store.getNodes([from, to]);
  for (const id of [from, to]) if (!found.some((n) => n.id === id)) throw new NotFoundError(`no entity with id ${id}`);
  if (from === to) return [];
  return store.shortestPaths(from, to, length, limit);
}
