/** Explorer queries (issue #4): thin calls into services/explorer.ts, records mapped to API models. */
import type { Resolvers } from '../../generated/resolvers.js';
import { expand, explorerMetrics, subgraph } from '../../services/explorer.js';
import type { NeighbourhoodResult } from '../../services/neighbourhood.js';
import { toEdgeModel, toEntityModel } from '../models.js';

const toSubgraph = (r: NeighbourhoodResult) => ({ ...r, nodes: r.nodes.map(toEntityModel), edges: r.edges.map(toEdgeModel) });

export const explorerResolvers: Resolvers = {
  Query: {
    expand: async (_, args, ctx) => toSubgraph(await expand(ctx.store, args)),
    subgraph: async (_, { ids, relations }, ctx) => toSubgraph(await subgraph(ctx.store, ids, relations)),
    explorerMetrics: (_, { ids }, ctx) => explorerMetrics(ctx.store, ids),
  },
};
