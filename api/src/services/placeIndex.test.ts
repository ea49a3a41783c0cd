import { describe, expect, it } from 'vitest';
import type { NodeType, RelType } from '../../../graph-schema/model.js';
import { edgeId, type EdgeRecord, type NodeRecord } from '../../../graph-schema/records.js';
import { dimensionsOf, rankDimensions } from './embeddingDimensions.js';
import { buildSnapshot } from './graphSnapshot.js';
import { areasOf, casesIn, citiesOf } from './placeIndex.js';

const node = (id: string, type: NodeType, props: NodeRecord['props'] = {}): NodeRecord => ({ id, type, sources: [], props });
const edge = (from: string, type: RelType, to: string, props: EdgeRecord['props'] = {}): EdgeRecord => ({ id: edgeId(from, type, to), type, from, to, sources: [], props });

const snapshot = buildSnapshot(
  'v1',
  [
    node('city:a', 'City'),
    node('city:b', 'City'),
    node('zone:a1', 'ExperimentZone'),
    node('locality:a-district', 'Locality'),
    node('locality:a-street', 'Locality'),
    node('case:direct', 'Case', { dimension: 'subject' }),
    node('case:in-street', 'Case'),
    node('case:in-zone', 'Case'),
    node('case:two-cities', 'Case'),
    node('mechanism:m', 'Mechanism', { dimensions: ['resource'] }),
    node('concept:tech', 'Concept'),
  ],
  [
    edge('zone:a1', 'LOCATED_IN', 'city:a'),
    edge('locality:a-district', 'LOCATED_IN', 'city:a'),
    edge('locality:a-street', 'LOCATED_IN', 'locality:a-district'),
    edge('case:direct', 'LOCATED_IN', 'city:a'),
    edge('case:in-street', 'LOCATED_IN', 'locality:a-street'),
    edge('case:in-zone', 'LOCATED_IN', 'zone:a1'),
    edge('case:two-cities', 'LOCATED_IN', 'city:b'),
    edge('case:two-cities', 'LOCATED_IN', 'locality:a-district'),
    edge('mechanism:m', 'EXEMPLIFIES', 'concept:tech', { dimension: 'technology' }),
  ],
);

describe('placeIndex', () => {
  it('counts localities inside a place at any depth as part of it, but not its zones', () => {
    expect(areasOf(snapshot, 'city:a')).toEqual(['city:a', 'locality:a-district', 'locality:a-street']);
    expect(casesIn(snapshot, areasOf(snapshot, 'city:a')).map((c) => c.id)).toEqual(['case:direct', 'case:in-street', 'case:two-cities']);
    expect(casesIn(snapshot, areasOf(snapshot, 'zone:a1')).map((c) => c.id)).toEqual(['case:in-zone']);
  });

  it('finds the cities of a case through zones and localities, each once', () => {
    expect(citiesOf(snapshot, 'case:in-zone').map((c) => c.id)).toEqual(['city:a']);
    expect(citiesOf(snapshot, 'case:in-street').map((c) => c.id)).toEqual(['city:a']);
    expect(citiesOf(snapshot, 'case:two-cities').map((c) => c.id)).toEqual(['city:a', 'city:b']);
    expect(citiesOf(snapshot, 'mechanism:m')).toEqual([]);
  });
});

describe('embedding dimensions', () => {
  it('joins a node’s own dimensions with those its EXEMPLIFIES links name, in the model’s order', () => {
    expect(dimensionsOf(snapshot, snapshot.node('mechanism:m')!)).toEqual(['resource', 'technology']);
    expect(dimensionsOf(snapshot, snapshot.node('case:direct')!)).toEqual(['subject']);
    expect(dimensionsOf(snapshot, snapshot.node('case:in-zone')!)).toEqual([]);
  });

  it('ranks dimensions by how often they occur, ties in the model’s order', () => {
    expect(rankDimensions([['technology'], ['technology', 'subject'], ['resource']])).toEqual(['technology', 'subject', 'resource']);
  });
});
