/** caseLibrary: filtered case cards with facet counts (services/caseLibrary.ts). */
import type { Resolvers } from '../../generated/resolvers.js';
import { caseLibrary } from '../../services/caseLibrary.js';
import { toEntityModel } from '../models.js';

export const caseLibraryResolvers: Resolvers = {
  Query: {
    caseLibrary: async (_, { filter, first }, ctx) => {
      const r = await caseLibrary(ctx.store, filter, first);
      const many = (ns: Parameters<typeof toEntityModel>[0][]) => ns.map(toEntityModel);
      const facet = (fs: typeof r.facets.cities) => fs.map((f) => ({ entity: toEntityModel(f.entity), count: f.count }));
      return {
        totalCount: r.totalCount,
        cards: r.cards.map((c) => ({
          case: toEntityModel(c.case),
          cities: many(c.cities),
          zones: many(c.zones),
          mechanisms: many(c.mechanisms),
          problems: many(c.problems),
          publications: many(c.publications),
        })),
        facets: { cities: facet(r.facets.cities), mechanisms: facet(r.facets.mechanisms), problems: facet(r.facets.problems), dimensions: r.facets.dimensions, decades: r.facets.decades },
      };
    },
  },
};
