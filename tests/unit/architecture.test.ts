/** House rules that a reviewer would otherwise have to remember: layering and import cycles. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|svelte)$/;
const GENERATED = /(^|\/)generated\//;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'build' || name.startsWith('.')) return [];
    return statSync(p).isDirectory() ? files(p) : SOURCE.test(name) ? [p] : [];
  });
}

/** Relative imports of a file, resolved to files on disk (.js specifiers point at .ts sources). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs
    .map((s) => resolve(dirname(file), s))
    .flatMap((p) => [p, p.replace(/\.js$/, '.ts'), `${p}.ts`, join(p, 'index.ts')])
    .filter((p) => existsSync(p) && statSync(p).isFile());
}

describe('architecture', () => {
  it('the web app never imports API, seed or store internals', () => {
    const offenders = files(join(ROOT, 'web/src')).flatMap((f) =>
      importsOf(f).filter((p) => /\/(api|seed)\//.test(relative(ROOT, p).replace(/^/, '/'))).map((p) => `${relative(ROOT, f)} → ${relative(ROOT, p)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only the adapters import a database engine', () => {
    const engines = /from\s+['"](kuzu|neo4j-driver)['"]/;
    const offenders = [...files(join(ROOT, 'api')), ...files(join(ROOT, 'seed')), ...files(join(ROOT, 'web/src'))]
      .filter((f) => engines.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f))
      .filter((f) => !/^api\/src\/store\/(embedded\/kuzuEngine\.ts|neo4j\/)/.test(f));
    expect(offenders).toEqual([]);
  });

  it('nothing but the config module reads process.env', () => {
    const offenders = [...files(join(ROOT, 'api')), ...files(join(ROOT, 'seed')), ...files(join(ROOT, 'graph-schema'))]
      .filter((f) => !f.endsWith('.test.ts') && /process\.env/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== 'api/src/config.ts');
    expect(offenders).toEqual([]);
  });

  it('has no import cycles in api, seed, graph-schema or web', () => {
    const all = ['api', 'seed', 'graph-schema', 'web/src'].flatMap((d) => files(join(ROOT, d))).filter((f) => !GENERATED.test(relative(ROOT, f)));
    const graph = new Map(all.map((f) => [f, importsOf(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const g of graph.get(f) ?? []) {
        if (state.get(g) === 'open') cycles.push(stack.slice(stack.indexOf(g)).concat(g).map((p) => relative(ROOT, p)).join(' → '));
        else if (!state.has(g)) visit(g);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
