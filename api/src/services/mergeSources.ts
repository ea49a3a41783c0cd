/** Sources from several records as one list: each (doc, locator) once, in the order first met. */
import type { Source } from '../../../graph-schema/records.js';

export function mergeSources(...lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const list of lists) for (const s of list) if (!seen.has(`${s.doc}\u0000${s.locator}`)) seen.set(`${s.doc}\u0000${s.locator}`, s);
  return [...seen.values()];
}
