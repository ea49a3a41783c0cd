/** The planner's vocabulary table names only entities the real seed has, each of the type its column says. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../../../graph-schema/model.js';
import { loadSeedFiles } from '../../../../seed/loader/loadSeedFiles.js';
import { BASELINE_ACTORS, CITY_SIZES, DEFAULT_PROFILE, DISTRICT_TYPES, POPULATION_TRAITS, RESOURCES, type Choice } from './vocabulary.js';

const graph = loadSeedFiles(resolve(import.meta.dirname, '../../../../seed'));
const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
const tables: Record<string, Readonly<Record<string, Choice>>> = { CITY_SIZES, DISTRICT_TYPES, POPULATION_TRAITS, RESOURCES };

describe('planner vocabulary (issue 5)', () => {
  it('names actors, mechanisms and problems that exist in the seed with that type', () => {
    const wrong: string[] = [];
    const check = (where: string, ids: readonly string[] | undefined, type: string) => {
      for (const id of ids ?? []) if (typeOf.get(id) !== type) wrong.push(`${where}: ${id} is ${typeOf.get(id) ?? 'missing'}, not ${type}`);
    };
    for (const [table, choices] of Object.entries(tables)) {
      for (const [value, c] of Object.entries(choices)) {
        check(`${table}.${value}.actors`, c.actors, 'Actor');
        check(`${table}.${value}.mechanisms`, c.mechanisms, 'Mechanism');
        check(`${table}.${value}.problems`, c.problems, 'Problem');
        for (const id of c.marks ?? []) if (!typeOf.has(id)) wrong.push(`${table}.${value}.marks: ${id} is missing`);
      }
    }
    check('BASELINE_ACTORS', BASELINE_ACTORS, 'Actor');
    expect(wrong).toEqual([]);
  });

  it('covers every city size class of the graph model, in order from largest', () => {
    expect(Object.values(CITY_SIZES).map((c) => c.sizeClass)).toEqual(NODE_TYPES.City.props.sizeClass.values);
  });

  it('gives every choice a label and an explanation in both languages', () => {
    for (const choices of Object.values(tables)) {
      for (const c of Object.values(choices)) for (const text of [c.labelZh, c.labelEn, c.explanationZh, c.explanationEn]) expect(text.trim()).not.toBe('');
    }
  });

  it('never lists an actor both as always present and as something a choice brings', () => {
    const chosen = Object.values(tables).flatMap((t) => Object.values(t).flatMap((c) => c.actors ?? []));
    expect(chosen.filter((a) => BASELINE_ACTORS.includes(a))).toEqual([]);
    expect(DEFAULT_PROFILE.resources.every((r) => r in RESOURCES)).toBe(true);
  });
});
