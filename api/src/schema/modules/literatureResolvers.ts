/** literature: publications, authors and the citation network among them (services/literature.ts). */
import type { Resolvers } from '../../generated/resolvers.js';
import { literature } from '../../services/literature.js';
import { toEdgeModel, toEntityModel } from '../models.js';

export const literatureResolvers: Resolvers = {
  Query: {
    literature: async (_, { filter, first }, ctx) => {
      const r = await literature(ctx.store, filter, first);
      return {
        totalCount: r.totalCount,
        entries: r.entries.map((e) => ({ ...e, publication: toEntityModel(e.publication), authors: e.authors.map(toEntityModel) })),
        citations: r.citations.map(toEdgeModel),
        authors: r.authors.map((a) => ({ author: toEntityModel(a.author), count: a.count })),
      };
    },
  },
};
