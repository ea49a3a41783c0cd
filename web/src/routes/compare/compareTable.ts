/** The comparison as a table: facets as rows, entities as columns, filtered and sorted as the URL says. Pure. */
import type { ComparePageQuery, ComparisonFacetKind } from '$lib/generated/graphql';
import type { CompareParams } from './compareParams';

export type Comparison = ComparePageQuery['compare'];
export type CompareEntity = Comparison['entities'][number];
export type CompareItem = Comparison['facets'][number]['items'][number];

export interface TableRow {
  facet: ComparisonFacetKind;
  /** Items shown in the row (after the filters), shared first. */
  items: CompareItem[];
  /** Per column, in column order: the shown items that entity holds. */
  cells: CompareItem[][];
  sharedCount: number;
  uniqueCount: number;
}

export interface CompareTable {
  columns: CompareEntity[];
  /** Facets with items the filters keep. */
  rows: TableRow[];
  /** Chosen facets in which none of the entities has anything. */
  emptyFacets: ComparisonFacetKind[];
}

const held = (item: CompareItem, entityId: string) => item.holders.some((h) => h.entityId === entityId);

export function matchesText(item: CompareItem, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return [item.labelZh, item.labelEn, item.key].some((s) => s.toLowerCase().includes(needle));
}

function keep(item: CompareItem, p: Pick<CompareParams, 'show' | 'q'>): boolean {
  if (p.show === 'shared' && !item.shared) return false;
  if (p.show === 'unique' && !item.unique) return false;
  return matchesText(item, p.q);
}

function orderColumns(c: Comparison, p: CompareParams, name: (e: CompareEntity) => string): CompareEntity[] {
  const count = (e: CompareEntity) => c.facets.reduce((n, f) => n + f.items.filter((i) => held(i, e.id)).length, 0);
  const cols = [...c.entities];
  if (p.cols === 'name') cols.sort((a, b) => name(a).localeCompare(name(b)));
  if (p.cols === 'items') cols.sort((a, b) => count(b) - count(a));
  return cols;
}

export function compareTable(c: Comparison, p: CompareParams, name: (e: CompareEntity) => string): CompareTable {
  const columns = orderColumns(c, p, name);
  const facetOrder = new Map(c.facets.map((f, i) => [f.facet, i]));
  const chosen = c.facets.filter((f) => p.facets.includes(f.facet));
  const rows = chosen
    .map((f) => {
      const items = f.items.filter((i) => keep(i, p));
      return {
        facet: f.facet,
        items,
        cells: columns.map((e) => items.filter((i) => held(i, e.id))),
        sharedCount: items.filter((i) => i.shared).length,
        uniqueCount: items.filter((i) => i.unique).length,
      };
    })
    .filter((r) => r.items.length > 0);
  const by = (key: 'sharedCount' | 'uniqueCount') => (a: TableRow, b: TableRow) => b[key] - a[key] || facetOrder.get(a.facet)! - facetOrder.get(b.facet)!;
  if (p.rows === 'shared') rows.sort(by('sharedCount'));
  if (p.rows === 'unique') rows.sort(by('uniqueCount'));
  return { columns, rows, emptyFacets: chosen.filter((f) => f.items.length === 0).map((f) => f.facet) };
}

/** Entity ids of the items the filters keep, with the compared entities: what the union graph leaves unfaded. */
export function visibleIds(table: CompareTable): Set<string> {
  const ids = new Set(table.columns.map((e) => e.id));
  for (const row of table.rows) for (const item of row.items) if (item.entity) ids.add(item.entity.id);
  return ids;
}
