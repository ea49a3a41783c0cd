/**
 * Messages of the data, sources and downloads page (routes/data), in both languages: zh is the master list, en must
 * have exactly its keys. They are not in the core catalogues (zh.ts, en.ts) that every page loads: each file that
 * uses one of these keys imports this module, which registers them (registry.ts), so they ship only with the pages
 * that need them (issue 8). i18n/catalogues.test.ts checks those imports.
 */
import { provideMessages } from './registry';

const zh = {
  // data and sources (issue #6)
  'data.title': '数据与来源',
  'data.lead': '图谱收录了什么、每条事实出自哪里、如何引用，以及整张图谱的下载。',
  'data.contents': '本页目录',
  'data.coverage': '覆盖范围',
  'data.sourceCount': '份来源文献',
  'data.seedDocs': '五篇种子文献',
  'data.seedDocsLead': '图谱主要依据这五篇论文整理；下表列出每篇文献贡献的实体、关系和被引用的章节数。',
  'data.document': '文献',
  'data.sections': '引用章节',
  'data.mostly': '主要类型',
  'data.references': '其他来源：{count} 份参考资料',
  'data.referencesLead': '城市、实验区等事实取自公开的参考名录和网页，每份都作为文献条目收录。',
  'data.cite': '如何引用',
  'data.citeLead': '引用整个图谱时，请注明名称、网址和访问日期：',
  'data.citeEntries': '每个实体页面都有“引用”栏目，提供该条目的 GB/T 7714 与 BibTeX 格式；文献页面还给出原文献本身的引用格式。',
  'data.downloads': '下载',
  'data.downloadsLead': '整张图谱，每个实体与关系都带有来源：',
  'data.download.json': 'JSON 全量导出，可用 npm run import 重新导入',
  'data.download.nodes': '实体表（CSV，UTF-8，可直接用电子表格打开）',
  'data.download.edges': '关系表（CSV，UTF-8）',
  'data.api': '程序访问请使用 GraphQL 接口：',
  'data.method': '整理方法',
  'data.method.sources': '每个实体和每条关系都注明出处：文献及其中的章节或段落。',
  'data.method.words': '中英文简介均由整理者用自己的话写成，不照抄原文。',
  'data.method.names': '英文名称遵循统一的术语表，同一中文术语只有一种译法。',
  'data.method.references': '城市规模、人口与实验区批次取自公开名录，并注明网页来源。',

  // data and sources: table columns (issue #6)
  'data.col.entities': '实体',
  'data.col.relationships': '关系',
};

const en: Record<keyof typeof zh, string> = {
  // data and sources (issue #6)
  'data.title': 'Data & sources',
  'data.lead': 'What the graph covers, where each fact comes from, how to cite it, and the whole graph to download.',
  'data.contents': 'On this page',
  'data.coverage': 'Coverage',
  'data.sourceCount': 'source documents',
  'data.seedDocs': 'The five seed documents',
  'data.seedDocsLead': 'The graph is curated mainly from these five papers; the table shows the entities, relationships and sections each contributes.',
  'data.document': 'Document',
  'data.sections': 'Sections cited',
  'data.mostly': 'Mostly',
  'data.references': 'Other sources: {count} references',
  'data.referencesLead': 'Facts about cities and experiment zones come from public reference lists and web pages, each kept as a publication entry.',
  'data.cite': 'How to cite',
  'data.citeLead': 'To cite the atlas as a whole, give its name, address and the date you used it:',
  'data.citeEntries': 'Every entity page has a "Cite this" panel with GB/T 7714 and BibTeX for that entry; publication pages also cite the work itself.',
  'data.downloads': 'Downloads',
  'data.downloadsLead': 'The whole graph, every entity and relationship with its sources:',
  'data.download.json': 'Complete JSON dump; npm run import loads it back',
  'data.download.nodes': 'Entities as CSV (UTF-8, opens in spreadsheets)',
  'data.download.edges': 'Relationships as CSV (UTF-8)',
  'data.api': 'For programs, use the GraphQL API at',
  'data.method': 'Method',
  'data.method.sources': 'Every entity and relationship names its source: the document and the section or paragraph in it.',
  'data.method.words': 'Summaries in both languages are written in the curators\' own words, never copied from the documents.',
  'data.method.names': 'English names follow one glossary, so a Chinese term has a single rendering.',
  'data.method.references': 'City sizes, populations and experiment-zone batches come from public lists, with their pages cited.',

  // data and sources: table columns (issue #6)
  'data.col.entities': 'Entities',
  'data.col.relationships': 'Relationships',
};

export const dataMessages = provideMessages({ zh, en });
