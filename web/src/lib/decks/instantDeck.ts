/**
 * A one-slide lecture made on the spot from an entity's neighbourhood ("Present" on an entity page or a case
 * card): the entity first, then its related entities revealed one relationship group at a time, in the entity
 * page's reading order. Texts come from both catalogues, so the deck is bilingual like a hand-made one.
 */
import type { RelationType } from '../generated/graphql';
import { isSymmetric, relationRank } from '../graph/relationTypes';
import { translate } from '../i18n/translate';
import { DECK_FORMAT, DECK_VERSION, MAX_SLIDE_NODES, type Bilingual, type Deck } from './deck';
import '../i18n/messages/present';

interface Named {
  id: string;
  nameZh: string;
  nameEn: string;
}
interface Centre extends Named {
  summaryZh: string;
  summaryEn: string;
}
interface EdgeIn {
  type: RelationType;
  from: string;
  to: string;
}

/** Groups revealed one per step; the smallest are folded into the last so a lecture stays short. */
const MAX_STEPS = 6;

export function instantDeck(centre: Centre, nodes: readonly Named[], edges: readonly EdgeIn[]): Deck {
  const known = new Set(nodes.map((n) => n.id));
  const groups = new Map<string, { type: RelationType; dir: 'out' | 'in'; ids: string[] }>();
  const placed = new Set([centre.id]);
  const ordered = [...edges]
    .filter((e) => e.from !== e.to && (e.from === centre.id || e.to === centre.id))
    .sort((a, b) => relationRank(a.type) - relationRank(b.type) || Number(a.to === centre.id) - Number(b.to === centre.id));
  for (const e of ordered) {
    const other = e.from === centre.id ? e.to : e.from;
    if (!known.has(other) || placed.has(other) || placed.size >= MAX_SLIDE_NODES) continue;
    placed.add(other);
    const dir = isSymmetric(e.type) || e.from === centre.id ? 'out' : 'in';
    const key = `${e.type}:${dir}`;
    const g = groups.get(key) ?? { type: e.type, dir, ids: [] };
    g.ids.push(other);
    groups.set(key, g);
  }
  let list = [...groups.values()];
  if (list.length > MAX_STEPS) {
    const rest = list.slice(MAX_STEPS - 1);
    list = [...list.slice(0, MAX_STEPS - 1), { ...rest[0], ids: rest.flatMap((g) => g.ids) }];
  }
  const both = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>): Bilingual => ({ zh: translate('zh', key, params), en: translate('en', key, params) });
  const label = (g: (typeof list)[number], i: number): Bilingual =>
    i === MAX_STEPS - 1 && groups.size > MAX_STEPS ? both('present.instant.more') : both(`rel.${g.type}.${g.dir}`);
  const name: Bilingual = { zh: centre.nameZh || centre.nameEn, en: centre.nameEn || centre.nameZh };
  const notes: Bilingual = {
    zh: list.map((g, i) => `${i + 1}. ${label(g, i).zh}（${g.ids.length}）`).join('\n'),
    en: list.map((g, i) => `${i + 1}. ${label(g, i).en} (${g.ids.length})`).join('\n'),
  };
  return {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    title: name,
    description: both('present.instant.description'),
    labels: 'auto',
    slides: [
      {
        id: 'instant',
        title: name,
        caption: { zh: centre.summaryZh, en: centre.summaryEn },
        notes,
        nodes: [...placed],
        layout: 'concentric',
        roots: [centre.id],
        highlights: [centre.id],
        steps: list.map((g) => g.ids),
        positions: {},
      },
    ],
  };
}
