/**
 * Issue 6: the ready-made decks (web/static/decks/) are valid deck files whose slides name only entities of the
 * real seed, and every entity a slide shows is linked to another one on it at each reveal step (no stray nodes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concealedAt, parseDeck, stepCount, type Deck } from '../../web/src/lib/decks/deck.js';
import { TeachSlideGraphDocument } from '../generated/graphql.js';
import { startApi } from './apiHarness.js';

const DECKS = resolve(import.meta.dirname, '../../web/static/decks');
const SEED = resolve(import.meta.dirname, '../../seed');

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi(SEED);
});
afterAll(async () => {
  await api.stop();
});

const index = JSON.parse(readFileSync(join(DECKS, 'index.json'), 'utf8')) as string[];

function load(name: string): Deck {
  const parsed = parseDeck(JSON.parse(readFileSync(join(DECKS, `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.deck;
}

describe('ready-made decks', () => {
  it('are all listed in the index, which names no missing file', () => {
    const files = readdirSync(DECKS).filter((f) => f.endsWith('.json') && f !== 'index.json').map((f) => f.replace(/\.json$/, ''));
    expect([...index].sort()).toEqual(files.sort());
    expect(index).toEqual(expect.arrayContaining(['third-batch-zones', 'shanghai-model-evolution', 'hangzhou-new-social-strata', 'occupational-groups', 'community-social-work']));
  });

  it.each(index)('%s: is bilingual, names only real entities, and never shows an unlinked entity', async (name) => {
    const deck = load(name);
    expect(deck.title.zh && deck.title.en).toBeTruthy();
    for (const slide of deck.slides) {
      for (const field of ['title', 'caption', 'notes'] as const) expect(slide[field].zh && slide[field].en, `${name} ${slide.id} ${field}`).toBeTruthy();
      const { data, errors } = await api.exec(TeachSlideGraphDocument, { ids: slide.nodes });
      expect(errors).toBeUndefined();
      const found = new Set(data!.slideGraph.nodes.map((n) => n.id));
      expect(slide.nodes.filter((id) => !found.has(id)), `${name} ${slide.id}: unknown ids`).toEqual([]);
      for (let step = 0; step < stepCount(slide); step++) {
        const hidden = new Set(concealedAt(slide, step));
        const shown = slide.nodes.filter((id) => !hidden.has(id));
        const linked = new Set(data!.slideGraph.edges.filter((e) => !hidden.has(e.from) && !hidden.has(e.to)).flatMap((e) => [e.from, e.to]));
        const stray = shown.length > 1 ? shown.filter((id) => !linked.has(id)) : [];
        expect(stray, `${name} ${slide.id} step ${step + 1}: entities with no link on the slide`).toEqual([]);
      }
    }
  });
});
