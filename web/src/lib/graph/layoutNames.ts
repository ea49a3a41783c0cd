/**
 * The layouts a graph view can use, apart from their Cytoscape options (graphStyle.ts): decks and permalinks name
 * them, and the home page reads decks without needing the graph code (issue 8).
 */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'preset'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}
