/** Moving a keyboard cursor between drawn nodes: pure geometry, so it is unit-tested without a browser. */
import type { Position } from './toElements';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_KEYS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The node an arrow key moves to: the nearest one inside the 90° cone in that direction, distance counted
 * with the sideways offset weighted double so the cursor prefers nodes straight ahead. Undefined at an edge.
 */
export function nextInDirection(from: Position, candidates: readonly { id: string; position: Position }[], dir: Direction): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const c of candidates) {
    const dx = c.position.x - from.x;
    const dy = c.position.y - from.y;
    // Screen y grows downwards.
    const [ahead, side] = dir === 'right' ? [dx, dy] : dir === 'left' ? [-dx, dy] : dir === 'down' ? [dy, dx] : [-dy, dx];
    if (ahead <= 0 || Math.abs(side) > ahead) continue;
    const score = ahead + 2 * Math.abs(side);
    if (!best || score < best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best?.id;
}

/** Where the cursor starts: the node nearest the centre of the view (ties by id, so it is repeatable). */
export function nearestTo(point: Position, candidates: readonly { id: string; position: Position }[]): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const c of candidates) {
    const d = (c.position.x - point.x) ** 2 + (c.position.y - point.y) ** 2;
    if (!best || d < best.d || (d === best.d && c.id < best.id)) best = { id: c.id, d };
  }
  return best?.id;
}
