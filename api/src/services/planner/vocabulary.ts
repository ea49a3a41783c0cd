/**
 * The planner's vocabulary (issue 5), grounded in the graph: THE one table saying which actors, mechanisms and
 * problems of the seed each profile choice stands for. Every id here exists in seed/ (vocabulary.test.ts checks
 * each one against the real seed, with its type). Scoring reads nothing else about what a choice means.
 *
 * How the entries are used:
 * - `actors`: present in the district when the choice is made (a resource at hand, the owners' committee of a
 *   commodity-housing estate, the older residents of an ageing one). Actors' parts (HAS_PART) come with them.
 * - `mechanisms` of a resource: mechanisms that run on that resource; a mechanism that is one of them, has
 *   one as a part, extends one, or was applied in the same case as one needs the resource.
 * - `problems`: problems the choice brings (traits, district types); the planner weighs them at half a stated
 *   problem. Traits also bring every problem the graph says AFFECTS their actors.
 * - `marks` (district types): further entities that mark a case as set in such a district; a case linked to
 *   any of the district's actors, mechanisms, problems or marks counts as "a district like this one".
 */
import type { PlannerCitySize, PlannerDistrictType, PlannerPopulationTrait, PlannerResource } from '../../generated/resolvers.js';

export interface Choice {
  readonly labelZh: string;
  readonly labelEn: string;
  readonly explanationZh: string;
  readonly explanationEn: string;
  readonly actors?: readonly string[];
  readonly mechanisms?: readonly string[];
  readonly problems?: readonly string[];
  readonly marks?: readonly string[];
}

export interface CitySizeChoice extends Choice {
  /** The value the graph's City.sizeClass carries. */
  readonly sizeClass: string;
}

/** Largest first; neighbours in this order count as "a similar size". */
export const CITY_SIZES: Readonly<Record<PlannerCitySize, CitySizeChoice>> = {
  SUPER_LARGE: { sizeClass: 'super-large', labelZh: '超大城市', labelEn: 'Super-large city', explanationZh: '城区常住人口 1000 万以上。', explanationEn: 'Urban resident population of 10 million or more.' },
  MEGACITY: { sizeClass: 'megacity', labelZh: '特大城市', labelEn: 'Megacity', explanationZh: '城区常住人口 500 万至 1000 万。', explanationEn: 'Urban resident population of 5 to 10 million.' },
  LARGE_I: { sizeClass: 'large-I', labelZh: 'I 型大城市', labelEn: 'Large city, type I', explanationZh: '城区常住人口 300 万至 500 万。', explanationEn: 'Urban resident population of 3 to 5 million.' },
  LARGE_II: { sizeClass: 'large-II', labelZh: 'II 型大城市', labelEn: 'Large city, type II', explanationZh: '城区常住人口 100 万至 300 万。', explanationEn: 'Urban resident population of 1 to 3 million.' },
  MEDIUM: { sizeClass: 'medium', labelZh: '中等城市', labelEn: 'Medium city', explanationZh: '城区常住人口 50 万至 100 万。', explanationEn: 'Urban resident population of 0.5 to 1 million.' },
  SMALL_I: { sizeClass: 'small-I', labelZh: 'I 型小城市', labelEn: 'Small city, type I', explanationZh: '城区常住人口 20 万至 50 万。', explanationEn: 'Urban resident population of 200,000 to 500,000.' },
  SMALL_II: { sizeClass: 'small-II', labelZh: 'II 型小城市', labelEn: 'Small city, type II', explanationZh: '城区常住人口 20 万以下。', explanationEn: 'Urban resident population under 200,000.' },
};

export const DISTRICT_TYPES: Readonly<Record<PlannerDistrictType, Choice>> = {
  OLD_NEIGHBOURHOOD: {
    labelZh: '老旧小区', labelEn: 'Old neighbourhood',
    explanationZh: '老城区、里弄和院落式的老旧小区：自治常落在院落一级，设施和资金薄弱。',
    explanationEn: 'Old town lanes and courtyard compounds: self-governance often works courtyard by courtyard; facilities and funds are thin.',
    mechanisms: ['mechanism:micro-unit-consultation', 'mechanism:rc-income-feedback'],
    marks: ['actor:courtyard-council'],
  },
  COMMODITY_HOUSING: {
    labelZh: '商品房小区', labelEn: 'Commodity-housing estate',
    explanationZh: '市场化开发的住宅小区：有业主委员会和物业服务企业。',
    explanationEn: 'Market-built housing estates: they have an owners\' committee and a property service company.',
    actors: ['actor:owners-committee', 'actor:property-company'],
  },
  WORK_UNIT_ESTATE: {
    labelZh: '单位社区', labelEn: 'Work-unit estate',
    explanationZh: '由企事业单位建设或管理的住区：驻区单位仍在，单位制的观念和保障问题犹存。',
    explanationEn: 'Housing built or run by an employer: the unit is still around, and the unit system\'s habits and welfare gaps linger.',
    actors: ['actor:resident-unit', 'actor:public-institution'],
    mechanisms: ['mechanism:employer-governance-responsibility'],
    problems: ['problem:unit-system-ideological-legacy', 'problem:unit-system-dissolution', 'problem:unit-spillover-welfare'],
    marks: ['model:unit-system'],
  },
  VILLAGE_TO_RESIDENCE: {
    labelZh: '村改居社区', labelEn: 'Village-to-residence community',
    explanationZh: '由村转为居委会管理的社区或镇域新建大型社区：镇政府仍是主要治理者。',
    explanationEn: 'Former villages turned urban communities, or large new estates in towns: the town government still governs most.',
    actors: ['actor:town-government'],
    problems: ['problem:new-large-community-governance'],
    marks: ['model:town-managed-community'],
  },
  MIXED: {
    labelZh: '混合型社区', labelEn: 'Mixed community',
    explanationZh: '多种住区混在一起：人口流动大、构成多样，需求分化。',
    explanationEn: 'Several kinds of housing side by side: a mobile, varied population with diverging needs.',
    problems: ['problem:population-mobility-heterogeneity', 'problem:diversifying-community-needs'],
  },
};

export const POPULATION_TRAITS: Readonly<Record<PlannerPopulationTrait, Choice>> = {
  AGEING: {
    labelZh: '老龄化', labelEn: 'Ageing',
    explanationZh: '老年居民比例高：离退休人员多，不少人不擅长使用手机。',
    explanationEn: 'Many older residents: retirees, many of them uneasy with phones.',
    actors: ['actor:retirees'],
    problems: ['problem:elderly-digital-barrier'],
  },
  MIGRANTS: {
    labelZh: '外来人口多', labelEn: 'Many migrants',
    explanationZh: '流动人口和新市民多：人口流动与异质化带来新的治理问题。',
    explanationEn: 'Many migrants and newcomers: mobility and a varied population bring new governance problems.',
    actors: ['actor:migrant-population', 'actor:new-hangzhou-people'],
    problems: ['problem:population-mobility-heterogeneity'],
  },
  WORKING_AGE_OCCUPATIONAL: {
    labelZh: '在职中青年为主', labelEn: 'Working-age occupational groups',
    explanationZh: '以在职人员为主：他们白天不在社区，参与受时间和空间限制。',
    explanationEn: 'Mostly people in work: away in the daytime, their participation is limited by time and place.',
    actors: ['actor:occupational-group'],
    problems: ['problem:young-people-time-space-constraints'],
  },
  NEW_SOCIAL_STRATA: {
    labelZh: '新的社会阶层人士多', labelEn: 'New social strata',
    explanationZh: '民营和外资企业管理技术人员、社会组织从业人员、自由职业者、新媒体从业人员等集中。',
    explanationEn: 'Many managers and technicians of private firms, staff of social organisations, freelancers and new-media workers.',
    actors: ['actor:new-social-strata', 'actor:new-strata-representatives', 'actor:online-figures', 'actor:online-writers', 'actor:lawyers', 'actor:young-makers', 'actor:professional-managers'],
  },
};

export const RESOURCES: Readonly<Record<PlannerResource, Choice>> = {
  COMMUNITY_FUNDS: {
    labelZh: '社区资金', labelEn: 'Community funds',
    explanationZh: '社区基金会、社区专项基金或社区公益基金等可由社区支配的资金。',
    explanationEn: 'Money the community can direct: a community foundation, a special community fund or a community charity fund.',
    mechanisms: ['mechanism:community-foundation', 'mechanism:independent-community-foundation', 'mechanism:community-special-fund', 'mechanism:community-charity-station-fund', 'mechanism:jingan-community-fund-leverage'],
  },
  SOCIAL_ORGANISATIONS: {
    labelZh: '社会组织', labelEn: 'Social organisations',
    explanationZh: '在本地活动的社会组织、社区社会组织和民办非企业单位。',
    explanationEn: 'Social organisations, community social organisations and private non-enterprise units active locally.',
    actors: ['actor:social-organisation', 'actor:community-social-organisation', 'actor:private-non-enterprise-unit', 'actor:community-development-federation', 'actor:community-development-association'],
  },
  PROFESSIONAL_SOCIAL_WORKERS: {
    labelZh: '专业社工', labelEn: 'Professional social workers',
    explanationZh: '持证社会工作者或社会工作服务机构，以及心理咨询等专业人员。',
    explanationEn: 'Qualified social workers or a social-work agency, and professionals such as counsellors.',
    actors: ['actor:social-worker', 'actor:social-work-agency', 'actor:psychological-counsellor'],
  },
  VOLUNTEERS: {
    labelZh: '志愿者', labelEn: 'Volunteers',
    explanationZh: '有一支能常态参与的志愿者队伍。',
    explanationEn: 'A volunteer team that takes part regularly.',
    actors: ['actor:volunteer'],
  },
  ENTERPRISES_AND_UNITS: {
    labelZh: '辖区企业和单位', labelEn: 'Enterprises and units in the area',
    explanationZh: '驻区单位、企业、事业单位、物业服务企业和金融机构等可以参与共建的力量。',
    explanationEn: 'Local units, firms, public institutions, property companies and banks that can join in.',
    actors: ['actor:enterprise', 'actor:resident-unit', 'actor:public-institution', 'actor:property-company', 'actor:financial-institution', 'actor:two-new-organisations', 'actor:new-media-enterprise', 'actor:mcn-agency'],
  },
  ONLINE_PLATFORMS: {
    labelZh: '线上平台', labelEn: 'Online platforms',
    explanationZh: '已有的线上议事、服务或信息平台。',
    explanationEn: 'An online platform for consultation, services or information already in use.',
    mechanisms: [
      'mechanism:online-consultation-platform', 'mechanism:charity-online-platform', 'mechanism:xixiu-consultation-informatisation', 'mechanism:ict-supported-governance',
      'mechanism:real-time-information-integration', 'mechanism:iot-cloud-city-services', 'mechanism:smart-united-front-platform', 'mechanism:new-strata-big-data-platform',
      'mechanism:unified-online-offline-governance',
    ],
  },
};

/** Actors every urban community has by law and by the party's organisation, whatever the profile says. */
export const BASELINE_ACTORS: readonly string[] = [
  'actor:community-party-organisation', 'actor:residents-committee', 'actor:street-office', 'actor:street-party-working-committee', 'actor:resident',
  'actor:party-member', 'actor:community-workers', 'actor:government', 'actor:district-government', 'actor:civil-affairs-department', 'actor:party-committees',
  'actor:mass-organisation',
];

/** What a fresh form starts with: nothing assumed about the city, a mixed district, and a volunteer team. */
export const DEFAULT_PROFILE = {
  citySize: null,
  districtType: 'MIXED',
  population: [],
  problems: [],
  resources: ['VOLUNTEERS'],
} as const;

const keys = <K extends string>(r: Readonly<Record<K, unknown>>) => Object.keys(r) as K[];
export const CITY_SIZE_ORDER = keys(CITY_SIZES);
export const DISTRICT_ORDER = keys(DISTRICT_TYPES);
export const TRAIT_ORDER = keys(POPULATION_TRAITS);
export const RESOURCE_ORDER = keys(RESOURCES);
