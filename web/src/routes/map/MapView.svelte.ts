/**
 * The map's state: colouring, mechanism filter, the year on the time line and whether it plays. One instance per
 * page (context), so the controls, the map and the legend read the same choices.
 */
import { createContext } from 'svelte';
import { nextYear, type ColourBy } from './mapPlaces';

/** Time per step while playing: long enough to see which markers appear. */
export const STEP_MS = 1100;

export class MapView {
  colourBy: ColourBy = $state('batch');
  mechanism: string | null = $state(null);
  /** null: all years. */
  year: number | null = $state(null);
  playing = $state(false);
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(initial: { colourBy?: ColourBy; mechanism?: string | null; year?: number | null } = {}) {
    this.colourBy = initial.colourBy ?? 'batch';
    this.mechanism = initial.mechanism ?? null;
    this.year = initial.year ?? null;
  }

  /** Steps through `years` (the years something appears), from the first, ending on all years. */
  play = (years: readonly number[]): void => {
    this.pause();
    if (years.length === 0) return;
    this.playing = true;
    this.year = years[0];
    this.#timer = setInterval(() => {
      this.year = nextYear(this.year, years);
      if (this.year === null) this.pause();
    }, STEP_MS);
  };

  pause = (): void => {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.playing = false;
  };

  setYear = (year: number | null): void => {
    this.pause();
    this.year = year;
  };
}

const [getMapView, setMapView] = createContext<MapView>();

export { getMapView, setMapView };
