/**
 * Messages of the home page (routes/+page.svelte), and the data page that reuses some, in both languages: zh is the
 * master list, en must have exactly its keys. They are not in the core catalogues (zh.ts, en.ts) that every page
 * loads: each file that uses one of these keys imports this module, which registers them (registry.ts), so they
 * ship only with the pages that need them (issue 8). i18n/catalogues.test.ts checks those imports.
 */
import { provideMessages } from './registry';

const zh = {
  'home.lead': '探索治理模式、机制、主体与观念之间的关系，并把每一条论断追溯到原始文献。',
  'home.stats.heading': '图谱概况',
  'home.stats.entities': '个实体',
  'home.stats.relationships': '条关系',
  'home.stats.types': '类实体',
  'home.roles.heading': '从你的角色开始',
  'home.roles.scholars.title': '研究者',
  'home.roles.scholars.body': '梳理概念、机制与治理模式之间的关系，追溯每一条论断的出处。',
  'home.roles.trainers.title': '培训者',
  'home.roles.trainers.body': '用双语案例和清晰的图示讲解基层治理实践。',
  'home.roles.planners.title': '规划者',
  'home.roles.planners.body': '看看哪些机制回应了你所在辖区面临的问题，以及它们在哪里实行过。',
  'home.featured.heading': '精选案例',
  'home.featured.empty': '图谱中还没有案例。',
  'home.featured.all': '查看全部 {count} 个案例',
  'home.types.heading': '按类型浏览',

  // home and footer (issue #6)
  'home.link.explore': '在网络探索器中追踪关系',
  'home.link.literature': '文献与引用网络',
  'home.link.compare': '比较模式、机制与案例',
  'home.link.timeline': '政策与模式的时间线',
  'home.link.cases': '案例库',
  'home.link.present': '课堂演示与讲义',
  'home.link.map': '城市与实验区地图',
  'home.link.planner': '机制推荐：按辖区情况排序',
  'home.link.dashboard': '图表总览',
  'home.link.casesByProblem': '按问题查找案例',
  'home.coverage.heading': '图谱覆盖范围',
  'home.coverage.lead': '内容整理自五篇研究论文及公开的城市与实验区名录，每条事实都注明出处。',
  'home.coverage.more': '数据、来源与下载',
  'home.decks.heading': '可直接上课的讲稿',
  'home.decks.all': '全部讲稿',
  'home.featured.library': '打开案例库',

  // home: the graph at a glance (issue #6)
  'home.glance.cases': '个案例',
};

const en: Record<keyof typeof zh, string> = {
  'home.lead': 'Explore how governance models, mechanisms, actors and ideas relate, and trace every claim back to its source.',
  'home.stats.heading': 'The graph at a glance',
  'home.stats.entities': 'entities',
  'home.stats.relationships': 'relationships',
  'home.stats.types': 'entity types',
  'home.roles.heading': 'Start from your role',
  'home.roles.scholars.title': 'Scholars',
  'home.roles.scholars.body': 'Trace how concepts, mechanisms and governance models relate, and follow each claim to its source.',
  'home.roles.trainers.title': 'Trainers',
  'home.roles.trainers.body': 'Teach grassroots governance with bilingual cases and clear visuals.',
  'home.roles.planners.title': 'Planners',
  'home.roles.planners.body': 'See which mechanisms answer the problems your district faces, and where they have been tried.',
  'home.featured.heading': 'Featured cases',
  'home.featured.empty': 'There are no cases in the graph yet.',
  'home.featured.all': 'See all {count} cases',
  'home.types.heading': 'Browse by type',

  // home and footer (issue #6)
  'home.link.explore': 'Trace relationships in the network explorer',
  'home.link.literature': 'Literature and its citation network',
  'home.link.compare': 'Compare models, mechanisms and cases',
  'home.link.timeline': 'Timeline of policies and models',
  'home.link.cases': 'Case library',
  'home.link.present': 'Classroom presentations and handouts',
  'home.link.map': 'Map of cities and experiment zones',
  'home.link.planner': 'Mechanism planner for your district',
  'home.link.dashboard': 'Dashboard of charts',
  'home.link.casesByProblem': 'Cases by the problem they address',
  'home.coverage.heading': 'What the graph covers',
  'home.coverage.lead': 'Curated from five research papers and public lists of cities and experiment zones; every fact names its source.',
  'home.coverage.more': 'Data, sources and downloads',
  'home.decks.heading': 'Lectures ready to present',
  'home.decks.all': 'All decks',
  'home.featured.library': 'Open the case library',

  // home: the graph at a glance (issue #6)
  'home.glance.cases': 'cases',
};

export const homeMessages = provideMessages({ zh, en });
