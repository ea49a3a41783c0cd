/** The comparison as files: CSV (one line per item, RFC 4180) and Markdown (the table, then every cell's sources). */
import type { CompareItem, CompareTable } from './compareTable';

type Text = (zh: string, en: string) => string;
type FacetName = (facet: string) => string;

interface SourceLike {
  doc: string;
  locator: string;
  publication: { nameZh: string; nameEn: string } | null;
}

/** `doc § locator`: the machine-readable form, for CSV. */
const source = (s: SourceLike) => `${s.doc} § ${s.locator}`;

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const status = (i: CompareItem) => (i.shared ? 'shared' : i.unique ? 'unique' : 'some');

/** One line per (facet, item); for each compared entity whether it holds the item (through which relations) and on what sources. */
export function comparisonCsv(table: CompareTable, facetName: FacetName): string {
  const header = ['facet', 'item_id', 'name_zh', 'name_en', 'status', ...table.columns.flatMap((e) => [e.id, `${e.id} sources`])];
  const lines = [header];
  for (const row of table.rows) {
    for (const item of row.items) {
      const cells = table.columns.flatMap((e) => {
        const h = item.holders.find((x) => x.entityId === e.id);
        if (!h) return ['', ''];
        // Outgoing relationship types as they are, incoming ones marked `<` (a publication <DISCUSSES the entity).
        const how = [...h.relations, ...h.incoming.map((r) => `<${r}`)];
        return [how.length > 0 ? how.join(' ') : 'yes', h.sources.map(source).join('; ')];
      });
      lines.push([facetName(row.facet), item.key, item.labelZh, item.labelEn, status(item), ...cells]);
    }
  }
  // A byte-order mark so spreadsheet programs read the Chinese as UTF-8; CRLF line ends as RFC 4180 asks.
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A Markdown table cell: pipes escaped, line breaks as <br>. */
export function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export interface MarkdownLabels {
  title: string;
  facet: string;
  legend: string;
  sources: string;
  link: string;
}

export function comparisonMarkdown(table: CompareTable, text: Text, facetName: FacetName, labels: MarkdownLabels): string {
  const name = (e: { nameZh: string; nameEn: string }) => text(e.nameZh, e.nameEn);
  const mark = (i: CompareItem) => (i.shared ? '★ ' : i.unique ? '◆ ' : '');
  // For people: the publication's title where the graph has it, with the document id it stands for.
  const cite = (s: SourceLike) => (s.publication ? `${text(s.publication.nameZh, s.publication.nameEn)} (${s.doc}) § ${s.locator}` : source(s));
  const out = [`# ${labels.title}`, '', labels.legend, '', labels.link, ''];
  out.push(`| ${mdCell(labels.facet)} | ${table.columns.map((e) => mdCell(name(e))).join(' | ')} |`);
  out.push(`| --- | ${table.columns.map(() => '---').join(' | ')} |`);
  for (const row of table.rows) {
    const cells = row.cells.map((items) => mdCell(items.map((i) => `${mark(i)}${text(i.labelZh, i.labelEn)}`).join('\n')));
    out.push(`| ${mdCell(facetName(row.facet))} | ${cells.join(' | ')} |`);
  }
  out.push('', `## ${labels.sources}`, '');
  for (const row of table.rows) {
    if (row.items.length === 0) continue;
    out.push(`### ${facetName(row.facet)}`, '');
    for (const item of row.items) {
      const by = item.holders.map((h) => {
        const e = table.columns.find((c) => c.id === h.entityId);
        return `${e ? name(e) : h.entityId}: ${h.sources.map(cite).join('; ')}`;
      });
      out.push(`- ${mark(item)}${text(item.labelZh, item.labelEn)} — ${by.join(' · ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
