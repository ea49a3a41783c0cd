/** Reads the seed folder's YAML files, keeping the line of every item and field for error messages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { SeedIssue } from './SeedError.js';

export interface LocatedItem {
  file: string;
  /** Folder under seed/ the file sits in. */
  folder: string;
  line: number;
  value: Record<string, unknown>;
  /** Line of a field of this item (or of a field of one of its nested lists), falling back to the item's line. */
  lineOf(...path: (string | number)[]): number;
}

export interface GlossaryEntry {
  file: string;
  line: number;
  zh: string;
  en: string;
}

export interface RawSeed {
  items: LocatedItem[];
  glossary: GlossaryEntry[];
  issues: SeedIssue[];
}

const YAML_FILE = /\.ya?ml$/;

function listYamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listYamlFiles(path);
      return YAML_FILE.test(name) ? [path] : [];
    });
}

export function readSeed(seedDir: string): RawSeed {
  const raw: RawSeed = { items: [], glossary: [], issues: [] };
  for (const path of listYamlFiles(seedDir)) {
    const file = relative(process.cwd(), path);
    const folder = relative(seedDir, path).split(/[\\/]/)[0];
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, uniqueKeys: true });
    const lineAt = (node: YamlNode | null | undefined, fallback = 1) =>
      node?.range ? lines.linePos(node.range[0]).line : fallback;
    if (doc.errors.length > 0) {
      for (const e of doc.errors) raw.issues.push({ file, line: e.linePos?.[0]?.line ?? 1, field: '(yaml)', message: e.message.split('\n')[0] });
      continue;
    }
    const root = doc.contents;
    if (root === null) continue;
    if (folder === 'glossary') {
      if (!isMap(root)) {
        raw.issues.push({ file, line: lineAt(root), field: '(file)', message: 'a glossary file must be a map of 中文: English' });
        continue;
      }
      for (const pair of root.items) {
        const zh = isScalar(pair.key) ? pair.key.value : undefined;
        const en = isScalar(pair.value) ? pair.value.value : undefined;
        const line = lineAt(pair.key as YamlNode);
        if (typeof zh !== 'string' || typeof en !== 'string' || en.trim() === '') {
          raw.issues.push({ file, line, field: String(zh), message: 'glossary entries are 中文: English strings' });
        } else raw.glossary.push({ file, line, zh, en });
      }
      continue;
    }
    if (!isSeq(root)) {
      raw.issues.push({ file, line: lineAt(root), field: '(file)', message: 'a seed file must be a YAML list' });
      continue;
    }
    for (const node of root.items) {
      const line = lineAt(node as YamlNode);
      const value = (node as YamlNode).toJSON?.() ?? node;
      if (!isMap(node) || typeof value !== 'object' || value === null || Array.isArray(value)) {
        raw.issues.push({ file, line, field: '(item)', message: 'each list item must be a map' });
        continue;
      }
      raw.items.push({
        file,
        folder,
        line,
        value: value as Record<string, unknown>,
        lineOf: (...path) => {
          let found: unknown = node;
          let best = line;
          for (const key of path) {
            if (!isMap(found) && !isSeq(found)) break;
            found = found.get(key, true);
            if (found && (found as YamlNode).range) best = lineAt(found as YamlNode, best);
          }
          return best;
        },
      });
    }
  }
  return raw;
}
