/** compare(ids) (issue 5): thin over services/compare.ts. */
import type { Resolvers } from '../../generated/resolvers.js';
import { compare } from '../../services/compare.js';
import { toEdgeModel, toEntityModel } from '../models.js';

export const compareResolvers: Resolvers = {
  Query: {
    compare: async (_, { ids }, ctx) => {
      const r = await compare(ctx.store, ids);
      return {
        entities: r.entities.map(toEntityModel),
        facets: r.facets.map((f) => ({ ...f, items: f.items.map((i) => ({ ...i, entity: i.entity ? toEntityModel(i.entity) : null })) })),
        edges: r.edges.map(toEdgeModel),
      };
    },
  },
};
