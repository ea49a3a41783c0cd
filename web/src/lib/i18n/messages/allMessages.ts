/**
 * Every message of both languages, the core catalogues and every part's module together: for the tests, which check
 * the catalogues as a whole. The portal itself never imports this (each file imports the parts it uses).
 */
import type { Lang } from '../lang';
import type { Catalogue } from '../translate';
import { browseMessages } from './browse';
import { casesMessages } from './cases';
import { compareMessages } from './compare';
import { dashboardMessages } from './dashboard';
import { dataMessages } from './data';
import { en } from './en';
import { exploreMessages } from './explore';
import { homeMessages } from './home';
import { literatureMessages } from './literature';
import { mapMessages } from './map';
import { plannerMessages } from './planner';
import { presentMessages } from './present';
import { timelineMessages } from './timeline';
import { zh } from './zh';

/** The modules beside the core catalogues, by file name (without .ts). */
export const MESSAGE_GROUPS = {
  browse: browseMessages,
  cases: casesMessages,
  compare: compareMessages,
  dashboard: dashboardMessages,
  data: dataMessages,
  explore: exploreMessages,
  home: homeMessages,
  literature: literatureMessages,
  map: mapMessages,
  planner: plannerMessages,
  present: presentMessages,
  timeline: timelineMessages,
} as const;

const groups = Object.values(MESSAGE_GROUPS) as readonly { zh: Record<string, string>; en: Record<string, string> }[];

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = {
  zh: Object.assign({}, zh, ...groups.map((g) => g.zh)) as Catalogue,
  en: Object.assign({}, en, ...groups.map((g) => g.en)) as Catalogue,
};
