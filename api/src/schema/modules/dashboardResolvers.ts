/** dashboard and places (issue 9): chart aggregates and map places, computed in services/; entities through the batching loader. */
import type { Resolvers } from '../../generated/resolvers.js';
import { computeDashboard } from '../../services/dashboard.js';
import { checkFirst } from '../../services/pagination.js';
import { listPlaces } from '../../services/places.js';
import { toEntityModel } from '../models.js';

export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_, { top }, ctx) => computeDashboard(ctx.store, top),
    places: (_, { types, mechanism }, ctx) => listPlaces(ctx.store, { types, mechanism }),
  },
  DashboardMark: {
    // Every mark's entities load in one tick, so the whole dashboard costs one getNodes call, not one per mark.
    entities: async (m, { first }, ctx) => {
      const ids = m.ids.slice(0, checkFirst(first, 50, 200));
      const nodes = await ctx.loaders.node.loadMany(ids);
      return nodes.flatMap((n) => (n && !(n instanceof Error) ? [toEntityModel(n)] : []));
    },
  },
};
