import { describe, expect, it } from 'vitest';
import type { EdgeDetailFragment, EntityRefFragment, RelationType } from '../../../lib/generated/graphql';
import { groupRelations, type RelatedItem } from './groupRelations';

const node = (id: string, nameEn: string): EntityRefFragment => ({ id, type: 'Mechanism', nameZh: nameEn, nameEn });
const edge = (from: string, type: RelationType, to: string, extra: Partial<EdgeDetailFragment> = {}): EdgeDetailFragment => ({
  id: `${from}|${type}|${to}`, type, from, to, role: null, order: null, batch: null, year: null, dimension: null, stance: null,
  themeZh: null, themeEn: null, aspectZh: null, aspectEn: null, noteZh: null, noteEn: null, sources: [], ...extra,
});
const nameOf = (o: RelatedItem['other']) => o.nameEn ?? o.id;
const C = 'mechanism:centre';

describe('groupRelations', () => {
  it('groups by relationship type and direction, in reading order', () => {
    const nodes = [node('case:a', 'A case'), node('mechanism:whole', 'Whole'), node('mechanism:part', 'Part'), node('actor:x', 'X')];
    const edges = [
      edge('case:a', 'APPLIES', C),
      edge(C, 'INVOLVES', 'actor:x', { role: 'organiser' }),
      edge('mechanism:whole', 'HAS_PART', C, { order: 2 }),
      edge(C, 'HAS_PART', 'mechanism:part', { order: 1 }),
    ];
    const groups = groupRelations(C, nodes, edges, nameOf);
    expect(groups.map((g) => g.key)).toEqual(['HAS_PART:out', 'HAS_PART:in', 'APPLIES:in', 'INVOLVES:out']);
    expect(groups[3].items[0].edge.role).toBe('organiser');
    expect(groups[3].items[0].other).toMatchObject({ id: 'actor:x', nameEn: 'X' });
  });

  it('lists parts by their order, then unordered items by name', () => {
    const nodes = ['p1', 'p2', 'p3', 'p4'].map((id, i) => node(id, ['Delta', 'Alpha', 'Charlie', 'Bravo'][i]));
    const edges = [
      edge(C, 'HAS_PART', 'p1'),
      edge(C, 'HAS_PART', 'p2'),
      edge(C, 'HAS_PART', 'p3', { order: 2 }),
      edge(C, 'HAS_PART', 'p4', { order: 1 }),
    ];
    const [group] = groupRelations(C, nodes, edges, nameOf);
    expect(group.ordered).toBe(true);
    expect(group.items.map((i) => i.other.id)).toEqual(['p4', 'p3', 'p2', 'p1']);
  });

  it('puts both directions of a symmetric relationship in one group', () => {
    const edges = [edge(C, 'CONTRASTS_WITH', 'm:b'), edge('m:a', 'CONTRASTS_WITH', C)];
    const groups = groupRelations(C, [node('m:a', 'A'), node('m:b', 'B')], edges, nameOf);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ type: 'CONTRASTS_WITH', direction: 'both', ordered: false });
    expect(groups[0].items.map((i) => i.other.id)).toEqual(['m:a', 'm:b']);
  });

  it('ignores edges between two neighbours and self-loops', () => {
    const edges = [edge('case:a', 'APPLIES', 'mechanism:other'), edge(C, 'EXTENDS', C)];
    expect(groupRelations(C, [], edges, nameOf)).toEqual([]);
  });

  it('keeps an edge whose other end is missing from the nodes, by id', () => {
    const [group] = groupRelations(C, [], [edge(C, 'ADDRESSES', 'problem:gone')], nameOf);
    expect(group.items[0].other).toEqual({ id: 'problem:gone' });
  });
});
