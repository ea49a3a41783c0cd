/** analytics: centrality and communities, with entities resolved through the batching loader. */
import type { Resolvers } from '../../generated/resolvers.js';
import { computeAnalytics } from '../../services/analytics.js';
import { checkFirst } from '../../services/pagination.js';
import type { Context } from '../context.js';
import { toEntityModel, type EntityModel } from '../models.js';

async function entity(id: string, ctx: Context): Promise<EntityModel | null> {
  const n = await ctx.loaders.node.load(id);
  return n ? toEntityModel(n) : null;
}

export const analyticsResolvers: Resolvers = {
  Query: {
    analytics: async (_, { scope, top }, ctx) => {
      const limit = checkFirst(top, 100, 5000, 'top');
      const r = await computeAnalytics(ctx.store, scope);
      return { ...r, nodes: r.nodes.slice(0, limit) };
    },
  },
  NodeMetrics: { entity: (m, _, ctx) => entity(m.id, ctx) },
  Community: {
    top: async (c, _, ctx) => (await Promise.all(c.members.slice(0, 5).map((id) => entity(id, ctx)))).filter((e): e is EntityModel => e !== null),
  },
};
