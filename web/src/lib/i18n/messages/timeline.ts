/**
 * Messages of the timeline (routes/timeline), in both languages: zh is the master list, en must have exactly its
 * keys. They are not in the core catalogues (zh.ts, en.ts) that every page loads: each file that uses one of these
 * keys imports this module, which registers them (registry.ts), so they ship only with the pages that need them
 * (issue 8). i18n/catalogues.test.ts checks those imports.
 */
import { provideMessages } from './registry';

const zh = {
  // timeline (issue #6)
  'timeline.title': '时间线',
  'timeline.lead': '政策、项目计划、治理模式、案例与文献排在同一条时间轴上；菱形标记治理模式的转变。点击任一标记打开对应页面。',
  'timeline.types': '显示的类型',
  'timeline.apply': '更新',
  'timeline.presets': '常用时段',
  'timeline.preset.all': '全部',
  'timeline.preset.reform': '改革开放以来',
  'timeline.preset.recent': '2010 年以来',
  'timeline.count': '{count} 个事件',
  'timeline.empty': '这一时段没有符合条件的事件。',
  'timeline.list': '按年份列出',
  'timeline.change': '模式转变',
  'timeline.transition': '{from} 转变为 {to}',
  'timeline.chartLabel': '时间线：{from}–{to} 年的 {count} 个事件',
  'timeline.chartHint': '横条表示一段时期，圆点表示单一年份，菱形表示模式转变。',
};

const en: Record<keyof typeof zh, string> = {
  // timeline (issue #6)
  'timeline.title': 'Timeline',
  'timeline.lead': 'Policies, programmes, governance models, cases and publications on one axis; diamonds mark a governance model changing into another. Click any mark to open its page.',
  'timeline.types': 'Show',
  'timeline.apply': 'Update',
  'timeline.presets': 'Common ranges',
  'timeline.preset.all': 'All years',
  'timeline.preset.reform': 'Since 1978',
  'timeline.preset.recent': 'Since 2010',
  'timeline.count': '{count} events',
  'timeline.empty': 'No event of these types falls in this range.',
  'timeline.list': 'Year by year',
  'timeline.change': 'Change',
  'timeline.transition': '{from} became {to}',
  'timeline.chartLabel': 'Timeline: {count} events from {from} to {to}',
  'timeline.chartHint': 'Bars are periods, dots single years, diamonds changes of model.',
};

export const timelineMessages = provideMessages({ zh, en });
