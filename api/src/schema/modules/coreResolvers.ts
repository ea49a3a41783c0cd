/** Core queries (node, search, entities, stats, neighbourhood, paths): thin calls into services/. */
import { NODE_TYPE_NAMES } from '../../../../graph-schema/model.js';
import type { Resolvers } from '../../generated/resolvers.js';
import { listEntities, searchEntities } from '../../services/entityQueries.js';
import { neighbourhood } from '../../services/neighbourhood.js';
import { findPaths } from '../../services/paths.js';
import { sourcePublication } from '../../services/sourcePublication.js';
import { toEdgeModel, toEntityModel, type EntityModel } from '../models.js';
import type { Context } from '../context.js';

const degree = (parent: EntityModel, _: unknown, ctx: Context) => ctx.loaders.degree.load(parent.id);
const entityTypeResolvers = Object.fromEntries(NODE_TYPE_NAMES.map((t) => [t, { degree }])) as Pick<Resolvers, (typeof NODE_TYPE_NAMES)[number]>;

export const coreResolvers: Resolvers = {
  Query: {
    node: async (_, { id }, ctx) => {
      const n = await ctx.loaders.node.load(id);
      return n ? toEntityModel(n) : null;
    },
    search: (_, { text, types, first, after }, ctx) => searchEntities(ctx.store, text, types, first, after),
    entities: (_, { type, filter, first, after }, ctx) => listEntities(ctx.store, type, filter, first, after),
    stats: async (_, __, ctx) => {
      const s = await ctx.store.stats();
      const list = (m: Record<string, number>) => Object.entries(m).map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
      const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
      return { nodes: sum(s.nodesByType), relationships: sum(s.edgesByType), nodesByType: list(s.nodesByType), relationshipsByType: list(s.edgesByType), engine: ctx.store.engine };
    },
    neighbourhood: async (_, args, ctx) => {
      const r = await neighbourhood(ctx.store, args);
      return { ...r, nodes: r.nodes.map(toEntityModel), edges: r.edges.map(toEdgeModel) };
    },
    paths: async (_, { from, to, maxLength, first }, ctx) =>
      (await findPaths(ctx.store, from, to, maxLength, first)).map((p) => ({ nodes: p.nodes.map(toEntityModel), edges: p.edges.map(toEdgeModel), length: p.edges.length })),
  },
  Entity: { __resolveType: (parent) => parent.type },
  Source: { publication: (source, _, ctx) => sourcePublication(source, ctx) },
  ...entityTypeResolvers,
};
