/**
 * Names fit for graph labels. Graph views wrap labels only at spaces, so a long Chinese name would run across
 * its neighbours: CJK names are broken into short lines by characters (and cut with an ellipsis past the last
 * line); other names are cut at a word boundary and left to wrap at their spaces.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function shortName(name: string, perLine = 8, lines = 2): string {
  const text = name.trim();
  if (CJK.test(text)) {
    const chars = [...text];
    const max = perLine * lines;
    const kept = chars.length > max ? [...chars.slice(0, max - 1), '…'] : chars;
    const out: string[] = [];
    for (let i = 0; i < kept.length; i += perLine) out.push(kept.slice(i, i + perLine).join(''));
    return out.join('\n');
  }
  const limit = perLine * lines * 2.5;
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/, '')}…`;
}

/** The same entity with labels fit for a graph view (the full names stay in the text beside it). */
export function withShortNames<T extends { nameZh: string; nameEn: string }>(n: T, perLine?: number, lines?: number): T {
  return { ...n, nameZh: shortName(n.nameZh, perLine, lines), nameEn: shortName(n.nameEn, perLine, lines) };
}
