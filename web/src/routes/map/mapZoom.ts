/** Zooming and panning the map: a scale `k` and an offset, kept so the map never leaves the frame. */
import { HEIGHT, WIDTH } from './mapProjection';

export interface Zoom {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: Zoom = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 8;

/** Keeps the scaled map covering the frame: no empty margins at the edges. */
export function clampZoom(z: Zoom): Zoom {
  const k = Math.min(MAX_ZOOM, Math.max(1, z.k));
  return { k, x: Math.min(0, Math.max(WIDTH * (1 - k), z.x)), y: Math.min(0, Math.max(HEIGHT * (1 - k), z.y)) };
}

/** Zooms by `factor` keeping the map point under `[cx, cy]` (frame units) where it is. */
export function zoomAt(z: Zoom, factor: number, cx = WIDTH / 2, cy = HEIGHT / 2): Zoom {
  const k = Math.min(MAX_ZOOM, Math.max(1, z.k * factor));
  const f = k / z.k;
  return clampZoom({ k, x: cx - (cx - z.x) * f, y: cy - (cy - z.y) * f });
}

export function panBy(z: Zoom, dx: number, dy: number): Zoom {
  return clampZoom({ ...z, x: z.x + dx, y: z.y + dy });
}
