/** Curator mutations and the audit log (issue 7): the curator check comes first, before any store call. */
import type { PropValue } from '../../../../graph-schema/records.js';
import type { Resolvers } from '../../generated/resolvers.js';
import {
  createEntity, createRelationship, deleteEntity, deleteRelationship, requireCurator, updateEntity, type CurationContext,
} from '../../services/curation.js';
import { checkFirst, connection, decodeCursor } from '../../services/pagination.js';
import type { AuditRecord } from '../../store/GraphStore.js';
import type { Context } from '../context.js';
import { toEdgeModel, toEntityModel } from '../models.js';

const toAuditModel = (r: AuditRecord) => ({
  ...r,
  before: r.before ? JSON.stringify(r.before) : null,
  after: r.after ? JSON.stringify(r.after) : null,
});

function curation(ctx: Context): CurationContext {
  return { store: ctx.store, meta: requireCurator(ctx.auth), glossary: ctx.glossary };
}

/** Loader caches of this request must not answer with what the change replaced. */
function forget(ctx: Context, ids: string[]): void {
  for (const id of ids) {
    ctx.loaders.node.clear(id);
    ctx.loaders.degree.clear(id);
  }
}

type Props = Record<string, PropValue | undefined>;

export const curationResolvers: Resolvers = {
  Query: {
    auditLog: async (_, { first, after, entityId }, ctx) => {
      requireCurator(ctx.auth);
      const limit = checkFirst(first);
      const offset = decodeCursor(after);
      const page = await ctx.store.auditLog({ entityId: entityId ?? undefined }, offset, limit);
      return connection(page.items.map(toAuditModel), page.total, offset);
    },
  },
  Mutation: {
    createEntity: async (_, { type, id, properties, sources }, ctx) => {
      const r = await createEntity(curation(ctx), type, id, properties as Props, sources);
      forget(ctx, r.audit.entityIds);
      return { entity: toEntityModel(r.node), audit: toAuditModel(r.audit) };
    },
    updateEntity: async (_, { id, properties, sources }, ctx) => {
      const r = await updateEntity(curation(ctx), id, properties as Props | null | undefined, sources);
      forget(ctx, r.audit.entityIds);
      return { entity: toEntityModel(r.node), audit: toAuditModel(r.audit) };
    },
    deleteEntity: async (_, { id, detach }, ctx) => {
      const r = await deleteEntity(curation(ctx), id, detach ?? false);
      forget(ctx, r.audit.entityIds);
      return { entity: null, audit: toAuditModel(r.audit) };
    },
    createRelationship: async (_, { from, type, to, properties, sources }, ctx) => {
      const r = await createRelationship(curation(ctx), from, type, to, properties as Props | null | undefined, sources);
      forget(ctx, r.audit.entityIds);
      return { relationship: toEdgeModel(r.edge), audit: toAuditModel(r.audit) };
    },
    deleteRelationship: async (_, { from, type, to }, ctx) => {
      const r = await deleteRelationship(curation(ctx), from, type, to);
      forget(ctx, r.audit.entityIds);
      return { relationship: null, audit: toAuditModel(r.audit) };
    },
  },
};
