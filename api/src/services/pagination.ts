/** Offset cursors for Relay connections, and the caps every page-size argument obeys. */
import { BadUserInputError } from '../errors.js';

export const MAX_PAGE = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === '') return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString());
  if (!m) throw new BadUserInputError('`after` is not a cursor this API gave out', 'after');
  return Number(m[1]) + 1;
}

export function checkFirst(first: number | null | undefined, fallback = 20, max = MAX_PAGE, name = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BadUserInputError(`\`${name}\` must be from 1 to ${max}`, name);
  return n;
}

export function connection<T>(items: T[], total: number, offset: number) {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: items,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
