/** slideGraph: the entities of a slide and the relationships among them (services/slideGraph.ts). */
import type { Resolvers } from '../../generated/resolvers.js';
import { slideGraph } from '../../services/slideGraph.js';
import { toEdgeModel, toEntityModel } from '../models.js';

export const presentationResolvers: Resolvers = {
  Query: {
    slideGraph: async (_, { ids }, ctx) => {
      const g = await slideGraph(ctx.store, ids);
      return { nodes: g.nodes.map(toEntityModel), edges: g.edges.map(toEdgeModel), truncated: false, nextCursor: null };
    },
  },
};
