import { describe, expect, it } from 'vitest';
import { graphHash } from '../../graph-schema/graphHash.js';
import { awkwardGraph } from '../../tests/contract/graphStoreContract.js';
import { DumpError, parseDump, serializeDump } from './graphDump.js';

const graph = awkwardGraph();
const text = serializeDump(graph);
const edit = (change: (dump: Record<string, any>) => void, keepHash = false) => {
  const dump = JSON.parse(text) as Record<string, any>;
  change(dump);
  if (!keepHash) delete dump.graphHash;
  return JSON.stringify(dump);
};
const problems = (t: string) => {
  try {
    parseDump(t, 'dump.json');
  } catch (e) {
    if (e instanceof DumpError) return e.issues.join('\n');
    throw e;
  }
  throw new Error('expected the dump to be refused');
};

describe('graph dumps', () => {
  it('round-trip exactly: parse(serialize(g)) is g, and serializing again gives the same bytes', () => {
    const back = parseDump(text, 'dump.json');
    expect(graphHash(back)).toBe(graphHash(graph));
    expect(serializeDump(back)).toBe(text);
    expect(serializeDump({ nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() })).toBe(text);
  });

  it('refuses what is not a dump', () => {
    expect(problems('{"format": ')).toMatch(/not JSON/);
    expect(problems(JSON.stringify({ nodes: [], edges: [] }))).toMatch(/not a governance-atlas\/graph-dump version 1 file/);
    expect(problems(text.slice(0, text.length / 2))).toMatch(/not JSON/);
  });

  it('refuses a file whose content no longer matches its hash', () => {
    expect(problems(edit((d) => (d.nodes[0].props.nameEn = 'edited'), true))).toMatch(/graphHash does not match/);
    expect(() => parseDump(edit((d) => (d.nodes[0].props.nameEn = 'edited')), 'dump.json')).not.toThrow();
  });

  it('checks every record with the loader\'s rules', () => {
    const i = JSON.parse(text).nodes.findIndex((n: { id: string }) => n.id === 'actor:social-worker');
    expect(problems(edit((d) => (d.nodes[i].props.sector = 'pirate')))).toMatch(`nodes[${i}].props.sector: must be one of party`);
    expect(problems(edit((d) => (d.nodes[i].props.colour = 'red')))).toMatch(`nodes[${i}].props.colour: unknown field for Actor`);
    expect(problems(edit((d) => (d.nodes[i].sources = [])))).toMatch(`nodes[${i}].sources: at least one source`);
    expect(problems(edit((d) => (d.nodes[i].type = 'Robot')))).toMatch(`nodes[${i}]: a node needs`);
    expect(problems(edit((d) => (d.nodes[i].id = 'mechanism:social-worker')))).toMatch(`nodes[${i}].id: a Actor id must start with "actor:"`);
    expect(problems(edit((d) => d.nodes.push(d.nodes[i])))).toMatch(/duplicate id actor:social-worker/);
    expect(problems(edit((d) => (d.nodes[i].sources[0].doc = 'pub:nowhere')))).toMatch(/node actor:social-worker.sources\[0\].doc: unknown source document "pub:nowhere"/);
    expect(problems(edit((d) => (d.edges[0].to = 'actor:ghost')))).toMatch(/edges\[0\]: dangling reference: no node actor:ghost/);
    expect(problems(edit((d) => (d.edges[0].id = 'x|APPLIES|y')))).toMatch(/edges\[0\].id: must be /);
    expect(problems(edit((d) => (d.edges[0].props.colour = 'red')))).toMatch(/edges\[0\].props.colour: unknown field/);
  });
});
