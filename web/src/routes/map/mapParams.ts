/** The map's choices in its address (`/map?mechanism=…&year=2015&colour=dimension`), so a filtered map can be linked. */
import type { ColourBy } from './mapPlaces';

export interface MapParams {
  colourBy: ColourBy;
  mechanism: string | null;
  year: number | null;
}

export function readMapParams(search: URLSearchParams): MapParams {
  const year = Number(search.get('year'));
  const mechanism = search.get('mechanism');
  return {
    colourBy: search.get('colour') === 'dimension' ? 'dimension' : 'batch',
    mechanism: mechanism && /^mechanism:[\w-]+$/.test(mechanism) ? mechanism : null,
    year: Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null,
  };
}

/** The query string for the choices, keeping other parameters (`lang`) and leaving defaults out. */
export function mapSearch(params: MapParams, current: URLSearchParams = new URLSearchParams()): string {
  const search = new URLSearchParams(current);
  for (const key of ['mechanism', 'year', 'colour']) search.delete(key);
  if (params.mechanism) search.set('mechanism', params.mechanism);
  if (params.year !== null) search.set('year', String(params.year));
  if (params.colourBy !== 'batch') search.set('colour', params.colourBy);
  const text = search.toString();
  return text ? `?${text}` : '';
}
