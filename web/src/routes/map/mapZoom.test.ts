import { describe, expect, it } from 'vitest';
import { clampZoom, IDENTITY, MAX_ZOOM, panBy, zoomAt } from './mapZoom';

describe('map zoom', () => {
  it('keeps the point under the cursor fixed while zooming in', () => {
    const z = zoomAt(IDENTITY, 2, 700, 300);
    expect(z).toEqual({ k: 2, x: -700, y: -300 });
    expect(700 * z.k + z.x).toBe(700);
  });

  it('never zooms out past the whole map or in past the limit', () => {
    expect(zoomAt(IDENTITY, 0.5)).toEqual(IDENTITY);
    expect(zoomAt({ k: 6, x: 0, y: 0 }, 4).k).toBe(MAX_ZOOM);
  });

  it('does not pan the map out of the frame', () => {
    expect(panBy(IDENTITY, 100, 100)).toEqual(IDENTITY);
    expect(panBy({ k: 2, x: -500, y: -400 }, -2000, 50)).toEqual({ k: 2, x: -1000, y: -350 });
    expect(clampZoom({ k: 2, x: 10, y: -900 })).toEqual({ k: 2, x: 0, y: -880 });
  });
});
