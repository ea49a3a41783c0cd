import { describe, expect, it } from 'vitest';
import { localized, translate } from '../../lib/i18n/translate';
import { plannerMarkdown, points, profileLines, type Options, type Ranking } from './plannerReport';
import type { Profile } from './plannerParams';

const ref = (id: string, nameZh: string, nameEn: string) => ({ id, type: 'Mechanism' as const, nameZh, nameEn });
const choice = (value: string, labelZh: string, labelEn: string) => ({ value, labelZh, labelEn, explanationZh: '', explanationEn: '', actors: [] });
const options: Options = {
  citySizes: [choice('MEGACITY', '特大城市', 'Megacity')],
  districtTypes: [choice('MIXED', '混合型社区', 'Mixed community')],
  populationTraits: [choice('AGEING', '老龄化', 'Ageing')],
  resources: [choice('VOLUNTEERS', '志愿者', 'Volunteers'), choice('COMMUNITY_FUNDS', '社区资金', 'Community funds')],
  problems: [{ mechanismCount: 3, problem: { ...ref('problem:v', '志愿服务困难', 'Volunteering struggles'), type: 'Problem', scope: 'community' } }],
  baselineActors: [],
  defaults: { citySize: null, districtType: 'MIXED', population: [], problems: [], resources: ['VOLUNTEERS'] },
  scoring: [
    { part: 'PROBLEMS', max: null, labelZh: '问题契合', labelEn: 'Problems addressed', explanationZh: '规则一', explanationEn: 'Rule one' },
    { part: 'PLACES', max: 3, labelZh: '相似地方', labelEn: 'Similar places', explanationZh: '规则二', explanationEn: 'Rule two' },
  ],
};
const src = [{ doc: '002_63d1d70768eea201', locator: '三、(二)' }];
const ranking: Ranking = {
  totalCount: 42,
  profile: { citySize: 'MEGACITY', districtType: null, population: [], problems: ['problem:v'], resources: ['VOLUNTEERS'] },
  results: [
    {
      rank: 1,
      score: 7.5,
      mechanism: { ...ref('mechanism:bank', '公益银行', 'Charity Bank'), summaryZh: '', summaryEn: '' },
      partOf: [],
      parts: [
        { part: 'PROBLEMS', score: 6, max: null, summaryZh: '回应 1 个', summaryEn: 'Meets 1 | of 1', contributions: [{ entity: null, labelZh: '志愿服务困难', labelEn: 'Volunteering struggles', points: 6, reasonZh: '直接回应', reasonEn: 'addressed directly', sources: src }] },
        { part: 'PLACES', score: 1.5, max: 3, summaryZh: '1 个相似', summaryEn: '1 similar', contributions: [] },
      ],
      evidenceCount: 3,
      evidence: [{ points: 1, sameSize: true, districtMatch: false, sizeClass: 'megacity', case: ref('case:lixia', '历下公益银行', 'Lixia Charity Bank'), place: ref('zone:lixia', '历下区', 'Lixia'), city: ref('city:jinan', '济南', 'Jinan'), sources: src }],
      cautions: [{ kind: 'CRITIQUE', noteZh: '有批评', noteEn: 'Someone critiques it', about: null, sources: src }],
    },
  ],
};
const profile: Profile = { citySize: 'MEGACITY', districtType: null, population: [], problems: ['problem:v'], resources: ['VOLUNTEERS'] };
const en = { text: (zh: string | null | undefined, e: string | null | undefined) => localized('en', zh, e), t: (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) => translate('en', k, p) };

describe('planner Markdown report', () => {
  const md = plannerMarkdown(ranking, profile, options, en.text, en.t, { link: 'http://x/planner?run=1', date: '2025-01-02' });

  it('opens with the title, date, link and the profile in words', () => {
    expect(md.split('\n').slice(0, 3)).toEqual(['# Governance mechanism planning report', '', 'Generated on 2025-01-02 · http://x/planner?run=1']);
    expect(md).toContain('- City size: Megacity');
    expect(md).toContain('- District type: Not specified');
    expect(md).toContain('- Problems you face: Volunteering struggles');
    expect(md).toContain('- **Problems addressed**: Rule one');
  });

  it('gives each mechanism its score, a breakdown table whose points add up, evidence and cautions with sources', () => {
    expect(md).toContain('### 1. Charity Bank — 7.5 points');
    const rows = md.split('\n').filter((l) => /^\| (Problems addressed|Similar places) \|/.test(l));
    expect(rows).toEqual(['| Problems addressed | 6 | no ceiling; Meets 1 \\| of 1 |', '| Similar places | 1.5 | max 3; 1 similar |']);
    expect(rows.reduce((sum, r) => sum + Number(r.split(' | ')[1]), 0)).toBe(7.5);
    expect(md).toContain('- Problems addressed · Volunteering struggles: +6 — addressed directly (002_63d1d70768eea201 § 三、(二))');
    expect(md).toContain('- Lixia Charity Bank — Lixia, Jinan: +1 (same size class); 002_63d1d70768eea201 § 三、(二)');
    expect(md).toContain('- … 1 of 3 cases and places');
    expect(md).toContain('- **Critique**: Someone critiques it (002_63d1d70768eea201 § 三、(二))');
  });

  it('prints the profile in Chinese for a Chinese reader', () => {
    const lines = profileLines(profile, options, (zh, e) => localized('zh', zh, e), (k, p) => translate('zh', k, p));
    expect(lines[0]).toEqual(['城市规模', '特大城市']);
    expect(lines[4]).toEqual(['已有资源', '志愿者']);
  });

  it('prints points with at most two decimals', () => {
    expect([points(2), points(1.005), points(2.6666)]).toEqual(['2', '1', '2.67']);
  });
});
