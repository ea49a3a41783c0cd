/**
 * Messages of browsing and search results (routes/browse), in both languages: zh is the master list, en must have
 * exactly its keys. They are not in the core catalogues (zh.ts, en.ts) that every page loads: each file that uses
 * one of these keys imports this module, which registers them (registry.ts), so they ship only with the pages that
 * need them (issue 8). i18n/catalogues.test.ts checks those imports.
 */
import { provideMessages } from './registry';

const zh = {
  'browse.title': '浏览',
  'browse.allTitle': '全部实体',
  'browse.resultsFor': '“{q}”的搜索结果',
  'browse.range': '第 {from}–{to} 项，共 {total} 项',
  'browse.total': '共 {total} 项',
  'browse.empty': '没有找到匹配的实体。',
  'browse.emptyHint': '试试更短的关键词，或换一种类型。',
  'browse.next': '下一页',
  'browse.first': '回到第一页',
  'browse.pagination': '分页',
  'browse.clear': '清除搜索',
  'browse.facets': '按类型筛选',
  'browse.results': '结果',
};

const en: Record<keyof typeof zh, string> = {
  'browse.title': 'Browse',
  'browse.allTitle': 'All entities',
  'browse.resultsFor': 'Results for “{q}”',
  'browse.range': 'Showing {from}–{to} of {total}',
  'browse.total': '{total} in all',
  'browse.empty': 'No entities match.',
  'browse.emptyHint': 'Try a shorter term or another type.',
  'browse.next': 'Next page',
  'browse.first': 'First page',
  'browse.pagination': 'Pagination',
  'browse.clear': 'Clear search',
  'browse.facets': 'Filter by type',
  'browse.results': 'Results',
};

export const browseMessages = provideMessages({ zh, en });
