/** An entity's sources, one entry per document with all the places cited in it, in the order they were curated. */
import type { SourceDetailFragment } from '../../../lib/generated/graphql';

export interface SourceGroup {
  doc: string;
  publication: SourceDetailFragment['publication'];
  locators: string[];
}

export function groupSources(sources: readonly SourceDetailFragment[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const s of sources) {
    const group = groups.get(s.doc) ?? { doc: s.doc, publication: s.publication, locators: [] };
    groups.set(s.doc, group);
    const locator = s.locator.trim();
    if (locator && !group.locators.includes(locator)) group.locators.push(locator);
    group.publication ??= s.publication;
  }
  return [...groups.values()];
}
