/**
 * The map's projection: Albers equal-area conic with China's standard parallels (25°N, 47°N) about 105°E, fitted to
 * the outlines in a fixed viewBox, so the same coordinates land on the same pixel on the server and in the browser.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection } from 'geojson';

export const WIDTH = 1000;
export const HEIGHT = 880;
const MARGIN = 12;

export interface MapProjection {
  /** Pixel position of a longitude/latitude, or null when it falls outside the map. */
  point(lng: number, lat: number): [number, number] | null;
  /** SVG path data of a feature. */
  path(feature: GeoPermissibleObjects): string;
}

export function mapProjection(outline: FeatureCollection): MapProjection {
  const projection = geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent([[MARGIN, MARGIN], [WIDTH - MARGIN, HEIGHT - MARGIN]], outline);
  const path = geoPath(projection).digits(1);
  return {
    point(lng, lat) {
      // Far from China (another continent) the conic projection folds back; those places are off the map.
      if (lng < 60 || lng > 150 || lat < 0 || lat > 60) return null;
      const p = projection([lng, lat]);
      if (!p || p[0] < 0 || p[0] > WIDTH || p[1] < 0 || p[1] > HEIGHT) return null;
      return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    },
    path: (feature) => path(feature) ?? '',
  };
}
