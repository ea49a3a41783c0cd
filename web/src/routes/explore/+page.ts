import { ExplorerExpandDocument, ExplorerViewDocument, type ExplorerSubgraphFragment } from '$lib/generated/graphql';
import { loadQuery } from '$lib/loadQuery';
import { viewFromUrl } from './viewCodec';
import { EXPAND_LIMIT, addNodes, emptyView, startView, type ViewState } from './viewState';
import type { PageLoad } from './$types';

/**
 * The view the URL asks for: a permalink (`?v=`) with its entities and their relationships, or an entity to
 * start from (`?focus=`, linked from entity pages) with its first neighbours, or an empty explorer.
 */
export const load: PageLoad = async ({ fetch, url }) => {
  const { view, error, focus } = await viewFromUrl(url);
  if (view) {
    const ids = [...new Set([...view.nodes, ...(view.path?.highlight.filter((id) => !id.includes('|')) ?? [])])];
    const data = ids.length > 0 ? await loadQuery(fetch, ExplorerViewDocument, { ids }) : null;
    return { view, graph: data?.subgraph ?? null, error };
  }
  if (focus) {
    const start = await loadQuery(fetch, ExplorerViewDocument, { ids: [focus] });
    if (start.subgraph.nodes.length === 0) return { view: emptyView(), graph: null, error: `no entity has the id ${focus}` };
    const more = await loadQuery(fetch, ExplorerExpandDocument, { ids: [focus], limit: EXPAND_LIMIT });
    const graph: ExplorerSubgraphFragment = {
      ...more.expand,
      nodes: [...start.subgraph.nodes, ...more.expand.nodes],
      edges: more.expand.edges,
    };
    const next: ViewState = addNodes(startView(focus), more.expand.nodes.map((n) => n.id), focus);
    return { view: next, graph, error };
  }
  return { view: emptyView(), graph: null, error };
};
