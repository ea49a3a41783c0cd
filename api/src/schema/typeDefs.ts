/** The SDL: every .graphql file in graph-schema/ (hand-written modules plus the generated model types). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMA_DIR = fileURLToPath(new URL('../../../graph-schema/', import.meta.url));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? graphqlFiles(join(dir, e.name)) : e.name.endsWith('.graphql') ? [join(dir, e.name)] : []));
}

export const typeDefs: string[] = graphqlFiles(SCHEMA_DIR).map((f) => readFileSync(f, 'utf8'));
