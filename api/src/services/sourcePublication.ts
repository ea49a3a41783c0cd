/** A source's `doc` names a Publication by id or a seed document by file stem; this finds the Publication. */
import type { Source } from '../../../graph-schema/records.js';
import { toEntityModel, type EntityModel } from '../schema/models.js';
import type { Context } from '../schema/context.js';

/** Seed stems look like `002_63d1d70768eea201`; their Publication is found by its `seedDoc`. */
const SEED_STEM = /^\d{3}_[0-9a-f]{16}$/;

export async function sourcePublication(source: Source, ctx: Context): Promise<EntityModel | null> {
  if (source.doc.startsWith('pub:')) {
    const n = await ctx.loaders.node.load(source.doc);
    return n ? toEntityModel(n) : null;
  }
  if (!SEED_STEM.test(source.doc)) return null;
  const id = await ctx.loaders.seedPublication.load(source.doc);
  if (!id) return null;
  const n = await ctx.loaders.node.load(id);
  return n ? toEntityModel(n) : null;
}
