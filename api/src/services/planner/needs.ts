/**
 * What a mechanism needs to run: the actors it involves (its own INVOLVES links; when it has none, those of the
 * cases that applied it), and the resources of the vocabulary it runs on (it is, has as a part, extends or was
 * applied alongside one of the resource's mechanisms). Named organisations count as their actor kind.
 */
import type { NodeRecord, Source } from '../../../../graph-schema/records.js';
import type { PlannerResource } from '../../generated/resolvers.js';
import type { GraphSnapshot } from '../graphSnapshot.js';
import { compareIds } from '../compareIds.js';
import { mergeSources } from '../mergeSources.js';
import type { Application, Need } from './types.js';
import { RESOURCE_ORDER, RESOURCES } from './vocabulary.js';

/** Actor kinds an INVOLVES link from `fromId` names (an organisation stands for the kinds it is an instance of). */
function involvedActors(snapshot: GraphSnapshot, fromId: string): { actor: NodeRecord; sources: Source[] }[] {
  return snapshot.out(fromId, 'INVOLVES').flatMap((e) => {
    const target = snapshot.node(e.to);
    if (target?.type === 'Actor') return [{ actor: target, sources: e.sources }];
    if (target?.type === 'Organization') {
      return snapshot.out(target.id, 'INSTANCE_OF').flatMap((i) => {
        const kind = snapshot.node(i.to);
        return kind ? [{ actor: kind, sources: mergeSources(e.sources, i.sources) }] : [];
      });
    }
    return [];
  });
}

function actorNeeds(snapshot: GraphSnapshot, mechanism: NodeRecord, applications: readonly Application[]): Need[] {
  const needs = new Map<string, Need>();
  const add = (actor: NodeRecord, via: NodeRecord | null, sources: Source[]) => {
    const had = needs.get(actor.id);
    needs.set(actor.id, { kind: 'actor', actor, via: had?.via ?? via, sources: mergeSources(had?.sources ?? [], sources) });
  };
  for (const { actor, sources } of involvedActors(snapshot, mechanism.id)) add(actor, null, sources);
  if (needs.size === 0) {
    for (const a of applications) if (a.case) for (const { actor, sources } of involvedActors(snapshot, a.case.id)) add(actor, a.case, sources);
  }
  return [...needs.values()];
}

/** The mechanism, its parts, what it extends and what its cases applied alongside it, with the link's sources. */
function relatedMechanisms(snapshot: GraphSnapshot, mechanism: NodeRecord, applications: readonly Application[]): Map<string, Source[]> {
  const related = new Map<string, Source[]>([[mechanism.id, mechanism.sources]]);
  const add = (id: string, sources: Source[]) => related.set(id, mergeSources(related.get(id) ?? [], sources));
  for (const e of snapshot.out(mechanism.id, 'HAS_PART')) add(e.to, e.sources);
  for (const e of snapshot.out(mechanism.id, 'EXTENDS')) add(e.to, e.sources);
  for (const a of applications) if (a.case) for (const e of snapshot.out(a.case.id, 'APPLIES')) add(e.to, e.sources);
  return related;
}

function resourceNeeds(snapshot: GraphSnapshot, mechanism: NodeRecord, applications: readonly Application[]): Need[] {
  const related = relatedMechanisms(snapshot, mechanism, applications);
  return RESOURCE_ORDER.flatMap((resource: PlannerResource): Need[] => {
    const runsOn = RESOURCES[resource].mechanisms ?? [];
    // The mechanism itself when it is one of the resource's, else the first related one (ids in code-point order).
    const hit = runsOn.includes(mechanism.id) ? mechanism.id : runsOn.filter((id) => related.has(id)).sort(compareIds)[0];
    const via = hit ? snapshot.node(hit) : undefined;
    return via ? [{ kind: 'resource', resource, via, sources: related.get(hit)! }] : [];
  });
}

export function needsOf(snapshot: GraphSnapshot, mechanism: NodeRecord, applications: readonly Application[]): Need[] {
  return [...actorNeeds(snapshot, mechanism, applications), ...resourceNeeds(snapshot, mechanism, applications)];
}
