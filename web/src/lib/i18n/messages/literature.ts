/**
 * Messages of the literature (routes/literature), and the timeline's links to it, in both languages: zh is the
 * master list, en must have exactly its keys. They are not in the core catalogues (zh.ts, en.ts) that every page
 * loads: each file that uses one of these keys imports this module, which registers them (registry.ts), so they
 * ship only with the pages that need them (issue 8). i18n/catalogues.test.ts checks those imports.
 */
import { provideMessages } from './registry';

const zh = {
  // literature (issue #6)
  'lit.title': '文献',
  'lit.lead': '构建图谱所依据的五篇论文，以及它们引用的著作与外部资料：作者、引用关系，一键导出为 BibTeX 或 GB/T 7714。',
  'lit.filters': '筛选文献',
  'lit.search': '题名、作者或刊物',
  'lit.searchPlaceholder': '例如：嵌入、Granovetter、社会主义研究',
  'lit.from': '起始年份',
  'lit.to': '截止年份',
  'lit.any': '不限',
  'lit.seedOnly': '只看种子文献',
  'lit.apply': '筛选',
  'lit.count': '{count} 篇文献',
  'lit.clear': '清除筛选',
  'lit.empty': '没有符合条件的文献。',
  'lit.exportBib': '导出 BibTeX',
  'lit.exportGbt': '导出 GB/T 7714',
  'lit.seed': '种子文献',
  'lit.cites': '引用 {count} 篇',
  'lit.citedBy': '被引 {count} 次',
  'lit.byAuthor': '{name} 的文献',
  'lit.works': '{count} 篇',
  'lit.authors': '作者',
  'lit.network': '引用网络',
  'lit.networkLabel': '引用网络：{works} 篇文献，{citations} 条引用',
  'lit.networkHint': '{works} 篇文献之间的 {citations} 条引用；加粗描边的是种子文献，节点越大被引越多。双击节点打开文献页面。',
  'lit.networkEmpty': '这些文献之间没有引用关系。',
};

const en: Record<keyof typeof zh, string> = {
  // literature (issue #6)
  'lit.title': 'Literature',
  'lit.lead': 'The five papers the graph is built from, the works they cite and the external references: authors, citations, and any list exported as BibTeX or GB/T 7714.',
  'lit.filters': 'Filter the literature',
  'lit.search': 'Title, author or venue',
  'lit.searchPlaceholder': 'e.g. embedding, Granovetter, Polanyi',
  'lit.from': 'From year',
  'lit.to': 'To year',
  'lit.any': 'Any',
  'lit.seedOnly': 'Seed documents only',
  'lit.apply': 'Filter',
  'lit.count': '{count} works',
  'lit.clear': 'Clear filters',
  'lit.empty': 'No work matches these filters.',
  'lit.exportBib': 'Export BibTeX',
  'lit.exportGbt': 'Export GB/T 7714',
  'lit.seed': 'Seed document',
  'lit.cites': 'cites {count}',
  'lit.citedBy': 'cited by {count}',
  'lit.byAuthor': 'Works by {name}',
  'lit.works': '{count} works',
  'lit.authors': 'Authors',
  'lit.network': 'Citation network',
  'lit.networkLabel': 'Citation network: {works} works, {citations} citations',
  'lit.networkHint': '{citations} citations among {works} works; seed documents have a bold outline and larger nodes are cited more. Double-click a node to open the work.',
  'lit.networkEmpty': 'There are no citations among these works.',
};

export const literatureMessages = provideMessages({ zh, en });
