/**
 * The numbered sections of the seed documents (../shared/seeds/*.txt), read from their headings, so the
 * report can say which sections the graph has not yet drawn on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentSections } from './seedReport.js';

const HEADING = [
  /^\s*#*\s*(\d+(?:\.\d+)?)\.?\s+\S/, // "## 2.1 各治理主体…", "1 杭州市…", "### 5. 结语"
  /^\s*([一二三四五六七八九十])\1、、/, // "一一、、…": document 003's PDF text doubles heading characters
  /^\s*([一二三四五六七八九十]+)、\S/, // "一、问题的提出"
];

export function readDocumentSections(seedsDir: string): DocumentSections[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const sections = new Set<string>();
      for (const line of readFileSync(join(seedsDir, f), 'utf8').split('\n')) {
        if (line.length > 80) continue; // body text, not a heading
        const m = HEADING.map((re) => re.exec(line)).find((x) => x !== null);
        // Arabic headings above 20 are list items or years, not sections.
        if (m && !(Number(m[1].split('.')[0]) >= 20)) sections.add(m[1]);
      }
      return { doc: basename(f, '.txt'), sections: [...sections] };
    });
}
