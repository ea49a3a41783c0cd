/** Which chart mark's entities the dashboard lists (after a click on a bar that stands for several entities). */
import { createContext } from 'svelte';
import type { ChartRow, ChartView } from './chartView';

export interface SelectedMark {
  view: ChartView;
  row: ChartRow;
}

export class MarkSelection {
  current: SelectedMark | null = $state(null);

  select = (view: ChartView, row: ChartRow): void => {
    this.current = { view, row };
  };

  clear = (): void => {
    this.current = null;
  };
}

const [getMarkSelection, setMarkSelection] = createContext<MarkSelection>();

export { getMarkSelection, setMarkSelection };
