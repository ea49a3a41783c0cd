/**
 * The resolver map: one module per query family (schema/modules/), merged here. Typed by the generated
 * Resolvers, so a field without a resolver where one is needed does not compile.
 */
import type { Resolvers } from '../generated/resolvers.js';
import { analyticsResolvers } from './modules/analyticsResolvers.js';
import { coreResolvers } from './modules/coreResolvers.js';
import { curationResolvers } from './modules/curationResolvers.js';
import { caseLibraryResolvers } from './modules/caseLibraryResolvers.js';
import { coverageResolvers } from './modules/coverageResolvers.js';
import { literatureResolvers } from './modules/literatureResolvers.js';
import { presentationResolvers } from './modules/presentationResolvers.js';
import { timelineResolvers } from './modules/timelineResolvers.js';
import { dashboardResolvers } from './modules/dashboardResolvers.js';
import { explorerResolvers } from './modules/explorerResolvers.js';
import { compareResolvers } from './modules/compareResolvers.js';
import { plannerResolvers } from './modules/plannerResolvers.js';

const modules: Resolvers[] = [coreResolvers, analyticsResolvers, curationResolvers, timelineResolvers, caseLibraryResolvers, literatureResolvers, presentationResolvers, coverageResolvers, dashboardResolvers, explorerResolvers, compareResolvers, plannerResolvers];

/** Merges each type's field resolvers; two modules resolving the same field is a programming error. */
function merge(maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (out[type] ??= {});
      for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
        target[field] = fn;
      }
    }
  }
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(modules);
