/** coverage: what the graph takes from each source document (services/coverage.ts). */
import type { Resolvers } from '../../generated/resolvers.js';
import { coverage } from '../../services/coverage.js';
import { sourcePublication } from '../../services/sourcePublication.js';

export const coverageResolvers: Resolvers = {
  Query: {
    coverage: (_, __, ctx) => coverage(ctx.store),
  },
  DocumentCoverage: {
    publication: (d, _, ctx) => sourcePublication({ doc: d.doc, locator: '' }, ctx),
  },
};
