/**
 * The Cytoscape stylesheet and layout options every graph view shares. Styling reads the data toElements()
 * writes (colour, shape, size, label) and its classes (highlighted, faded, pinned, has-hidden, undirected).
 */
import type { LayoutOptions, StylesheetStyle } from 'cytoscape';
import type { LayoutName } from './layoutNames';
import type { Position } from './toElements';

export { isLayoutName, LAYOUT_NAMES, type LayoutName } from './layoutNames';

export const HIGHLIGHT = '#B45309';

/** fcose's forces, shared with the layout benchmark (bench/explorerLayout.ts) so it measures what users get. */
export const FCOSE_FORCES = { idealEdgeLength: 130, nodeRepulsion: 30000, nodeSeparation: 130, gravity: 0.2 } as const;
const EDGE = '#7A8594';
const INK = '#17202C';

export function graphStylesheet(fontFamily = "'Noto Sans SC', system-ui, sans-serif"): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': fontFamily,
        'font-size': 13,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': INK,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.has-hidden', style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node.pinned', style: { 'border-color': HIGHLIGHT, 'border-width': 3, 'border-style': 'dashed' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': EDGE,
        'target-arrow-color': EDGE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': fontFamily,
        'font-size': 10,
        color: '#44505F',
        'text-rotation': 'autorotate',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
    { selector: 'node.highlighted', style: { 'border-color': HIGHLIGHT, 'border-width': 5, 'border-style': 'solid', 'font-weight': 'bold' } },
    { selector: 'edge.highlighted', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 5, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.25 } },
    {
      selector: 'node:selected',
      style: { 'overlay-color': HIGHLIGHT, 'overlay-opacity': 0.18, 'overlay-padding': 8, 'border-color': HIGHLIGHT, 'border-width': 4 },
    },
    { selector: 'edge:selected', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 4 } },
    // The keyboard cursor: visible without colour (a thick outline overlay), for users who cannot see hues.
    { selector: 'node.kbd-focus', style: { 'overlay-color': '#000000', 'overlay-opacity': 0.12, 'overlay-padding': 10, 'overlay-shape': 'ellipse' } },
  ];
}

export interface LayoutRequest {
  name: LayoutName;
  /** Nodes whose positions must not change (pinned, or every existing node for an incremental fcose run). */
  fixed: ReadonlyMap<string, Position>;
  /** Roots for breadth-first (the start node); the highest-degree nodes are used otherwise. */
  roots?: readonly string[];
  /** Keep the current positions as the starting point (incremental) instead of starting afresh. */
  incremental?: boolean;
  animate?: boolean;
  fit?: boolean;
}

/** Cytoscape layout options for a request. Fixed nodes stay put in every layout (a transform returns them). */
export function layoutOptions(req: LayoutRequest): LayoutOptions {
  const keep = (node: { id(): string }, pos: Position): Position => req.fixed.get(node.id()) ?? pos;
  const common = { animate: req.animate ?? false, animationDuration: 300, fit: req.fit ?? true, padding: 30, transform: keep };
  switch (req.name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        // Without randomize the layout refines what is there (fcose then wants quality 'proof').
        quality: req.incremental ? 'proof' : 'default',
        randomize: !req.incremental,
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: () => FCOSE_FORCES.idealEdgeLength,
        nodeRepulsion: () => FCOSE_FORCES.nodeRepulsion,
        nodeSeparation: FCOSE_FORCES.nodeSeparation,
        gravity: FCOSE_FORCES.gravity,
        packComponents: false,
        fixedNodeConstraint: req.fixed.size > 0 ? [...req.fixed].map(([nodeId, position]) => ({ nodeId, position })) : undefined,
      } as LayoutOptions;
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        concentric: (node: { degree(includeLoops: boolean): number }) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
      } as LayoutOptions;
    case 'breadthfirst':
      return { ...common, name: 'breadthfirst', directed: false, spacingFactor: 1.1, roots: req.roots?.length ? req.roots.map((id) => `[id = ${JSON.stringify(id)}]`).join(', ') : undefined } as LayoutOptions;
    case 'preset':
      return { ...common, name: 'preset' } as LayoutOptions;
  }
}
