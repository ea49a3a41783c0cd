/**
 * Cytoscape and the fcose layout, loaded on demand: the dynamic imports make Vite split them into their own
 * chunks, so only routes that mount a GraphCanvas download them (issue #4). fcose (with cose-base and layout-base,
 * another ~34 KB gzip) is fetched only for a force layout: the entity page's concentric picture never needs it
 * (issue 8). The promises are shared so the extension is registered once per page, however many canvases mount.
 */
import type cytoscape from 'cytoscape';

let core: Promise<typeof cytoscape> | undefined;
let withFcose: Promise<typeof cytoscape> | undefined;
let fcoseRegistered = false;

export function loadCytoscape(): Promise<typeof cytoscape> {
  core ??= import('cytoscape/dist/cytoscape.esm.min.mjs').then((m) => m.default);
  return core;
}

/** Cytoscape with the fcose layout registered. */
export function loadCytoscapeWithFcose(): Promise<typeof cytoscape> {
  withFcose ??= Promise.all([loadCytoscape(), import('cytoscape-fcose')]).then(([c, fcose]) => {
    c.use(fcose.default);
    fcoseRegistered = true;
    return c;
  });
  return withFcose;
}

/** True once `fcose` can be used as a layout name. */
export function hasFcose(): boolean {
  return fcoseRegistered;
}
