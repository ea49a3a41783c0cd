/**
 * Starting positions for nodes that arrive without one (an expansion): around the drawn neighbours they
 * connect to, on a small circle, so an incremental layout only has to refine and the mental map survives.
 */
import type { Position } from './toElements';

/** A stable pseudo-random angle for an id, so the same expansion lands the same way each time. */
export function angleOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) / 4294967296) * 2 * Math.PI;
}

export function placeNew(
  newIds: readonly string[],
  known: ReadonlyMap<string, Position>,
  neighboursOf: (id: string) => readonly string[],
  radius = 120,
): Map<string, Position> {
  const placed = new Map<string, Position>();
  const centre = centroid([...known.values()]) ?? { x: 0, y: 0 };
  for (const id of newIds) {
    const anchors = neighboursOf(id)
      .map((n) => known.get(n) ?? placed.get(n))
      .filter((p): p is Position => p !== undefined);
    const base = centroid(anchors) ?? centre;
    const a = angleOf(id);
    placed.set(id, { x: Math.round(base.x + radius * Math.cos(a)), y: Math.round(base.y + radius * Math.sin(a)) });
  }
  return placed;
}

function centroid(points: readonly Position[]): Position | undefined {
  if (points.length === 0) return undefined;
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}
