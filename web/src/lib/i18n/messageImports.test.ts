/**
 * The messages of each part of the portal live in their own module (messages/explore.ts…), registered when imported
 * (issue 8). A file that shows one of those keys without importing the module would show the bare key whenever
 * nothing else on the page happened to import it, so every file using a key of a module must import it itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGE_GROUPS } from './messages/allMessages';
import { zh } from './messages/zh';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
type Group = keyof typeof MESSAGE_GROUPS;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['generated', 'messages'].includes(e.name) && dir.includes('lib') ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const groupOfKey = new Map<string, Group>();
for (const [group, messages] of Object.entries(MESSAGE_GROUPS) as [Group, { zh: object }][]) {
  for (const key of Object.keys(messages.zh)) groupOfKey.set(key, group);
}

/** The modules a file's text needs: keys written out in quotes, and the heads of template literals (`explore.layout.${…}`). */
export function groupsUsed(text: string): Map<Group, string[]> {
  const used = new Map<Group, string[]>();
  const add = (group: Group | undefined, key: string) => {
    if (group) used.set(group, [...(used.get(group) ?? []), key]);
  };
  for (const m of text.matchAll(/'([A-Za-z][\w.-]*)'|"([A-Za-z][\w.-]*)"|`([A-Za-z][\w.-]*)`/g)) {
    const key = m[1] ?? m[2] ?? m[3];
    add(groupOfKey.get(key), key);
  }
  for (const m of text.matchAll(/`([A-Za-z][\w-]*\.[\w.-]*)\$\{/g)) {
    for (const [key, group] of groupOfKey) if (key.startsWith(m[1])) add(group, `${m[1]}…`);
  }
  return used;
}

function groupsImported(text: string): Set<string> {
  const imported = new Set<string>();
  for (const m of text.matchAll(/import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g)) {
    const parts = m[1].split('/');
    if (parts.at(-2) === 'messages') imported.add(parts.at(-1)!);
  }
  return imported;
}

describe('message modules', () => {
  it('are imported by every file that uses their keys', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      const imported = groupsImported(text);
      for (const [group, keys] of groupsUsed(text)) {
        if (!imported.has(group)) missing.push(`${relative(SRC, file)} uses ${[...new Set(keys)].slice(0, 3).join(', ')} but does not import messages/${group}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keep their keys out of the core catalogue and out of each other', () => {
    const seen = new Map<string, string>(Object.keys(zh).map((k) => [k, 'core']));
    const clashes: string[] = [];
    for (const [group, messages] of Object.entries(MESSAGE_GROUPS)) {
      for (const key of Object.keys(messages.zh)) {
        if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${group}`);
        seen.set(key, group);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('are found by the scan, written out or as the head of a template', () => {
    expect([...groupsUsed(`t('explore.title'); t(\`planner.caution.\${x}\`); t('types.Case'); t('nope.x')`).keys()]).toEqual(['explore', 'planner']);
  });
});
