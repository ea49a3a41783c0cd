/**
 * Messages of the case library (routes/cases), in both languages: zh is the master list, en must have exactly its
 * keys. They are not in the core catalogues (zh.ts, en.ts) that every page loads: each file that uses one of these
 * keys imports this module, which registers them (registry.ts), so they ship only with the pages that need them
 * (issue 8). i18n/catalogues.test.ts checks those imports.
 */
import { provideMessages } from './registry';

const zh = {
  // case library (issue #6)
  'cases.title': '案例库',
  'cases.lead': '文献中记录的各地社区治理实践，可按城市、机制、嵌入维度、问题和时期筛选，每个案例都可以直接用于课堂演示。',
  'cases.filters': '筛选条件',
  'cases.search': '在案例中查找',
  'cases.searchPlaceholder': '名称、地点或关键词',
  'cases.apply': '应用筛选',
  'cases.count': '{count} 个案例',
  'cases.clear': '清除全部筛选',
  'cases.active': '当前筛选',
  'cases.remove': '移除此筛选',
  'cases.empty': '没有符合这些条件的案例，试试去掉一个筛选条件。',
  'cases.showAll': '显示全部 {count} 项',
  'cases.decade': '{decade} 年代',
  'cases.facet.cities': '城市',
  'cases.facet.mechanisms': '治理机制',
  'cases.facet.problems': '回应的问题',
  'cases.facet.dimensions': '嵌入维度',
  'cases.facet.decades': '时期',
  'cases.where': '地点',
  'cases.mechanisms': '应用的机制',
  'cases.problems': '回应的问题',
  'cases.source': '出处',
  'cases.present': '课堂演示',

  // case library: one case (issue #6)
  'cases.countOne': '1 个案例',
};

const en: Record<keyof typeof zh, string> = {
  // case library (issue #6)
  'cases.title': 'Case library',
  'cases.lead': 'Local practices of community governance recorded in the literature. Filter by city, mechanism, embedding dimension, problem and period; present any case in class.',
  'cases.filters': 'Filters',
  'cases.search': 'Find in cases',
  'cases.searchPlaceholder': 'Name, place or keyword',
  'cases.apply': 'Apply filters',
  'cases.count': '{count} cases',
  'cases.clear': 'Clear all filters',
  'cases.active': 'Active filters',
  'cases.remove': 'remove this filter',
  'cases.empty': 'No case matches these filters; try removing one.',
  'cases.showAll': 'Show all {count}',
  'cases.decade': '{decade}s',
  'cases.facet.cities': 'City',
  'cases.facet.mechanisms': 'Mechanism',
  'cases.facet.problems': 'Problem addressed',
  'cases.facet.dimensions': 'Embedding dimension',
  'cases.facet.decades': 'Period',
  'cases.where': 'Where',
  'cases.mechanisms': 'Mechanisms applied',
  'cases.problems': 'Problems addressed',
  'cases.source': 'Source',
  'cases.present': 'Present',

  // case library: one case (issue #6)
  'cases.countOne': '1 case',
};

export const casesMessages = provideMessages({ zh, en });
