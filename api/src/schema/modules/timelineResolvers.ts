/** timeline: entities with years and model transitions on one axis (services/timeline.ts). */
import type { Resolvers } from '../../generated/resolvers.js';
import { timeline } from '../../services/timeline.js';
import { toEdgeModel, toEntityModel } from '../models.js';

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_, args, ctx) => {
      const r = await timeline(ctx.store, args);
      return {
        ...r,
        events: r.events.map((e) =>
          e.kind === 'TRANSITION'
            ? { ...e, entity: toEntityModel(e.entity), target: toEntityModel(e.target), edge: toEdgeModel(e.edge) }
            : { ...e, entity: toEntityModel(e.entity), target: null, edge: null },
        ),
      };
    },
  },
};
