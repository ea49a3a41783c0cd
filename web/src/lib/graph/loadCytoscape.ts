/**
 * Cytoscape and the fcose layout, loaded on demand: the dynamic imports make Vite split them into their own
 * chunks, so only routes that mount a GraphCanvas download them (issue #4). The promise is shared so the
 * extension is registered once per page, however many canvases mount.
 */
import type cytoscape from 'cytoscape';

let loading: Promise<typeof cytoscape> | undefined;

export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(([core, fcose]) => {
    core.default.use(fcose.default);
    return core.default;
  });
  return loading;
}
