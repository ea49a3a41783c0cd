/** The API's configuration: the environment is read here once, checked, and nowhere else. */
import { resolve } from 'node:path';

/**
 * The in-process read model (store/readModel): reads answered from memory, per graph version, up to a size.
 * On by default for the embedded store only: with Neo4j other API instances write too, which a copy in one
 * process would not see, and the server has its own indexes.
 */
export interface ReadModelConfig {
  /** Larger graphs are read from the store (the model holds every record: ~2 GB of heap at 1M relationships). */
  maxRelationships: number;
}

export type StoreConfig =
  | { kind: 'kuzu'; path: string; queryTimeoutMs: number; readModel: ReadModelConfig | null }
  | { kind: 'neo4j'; uri: string; username: string; password: string; database: string | undefined; queryTimeoutMs: number; readModel: ReadModelConfig | null };

export interface Config {
  port: number;
  host: string;
  seedDir: string;
  store: StoreConfig;
  /** Production hides introspection and field suggestions. */
  production: boolean;
  introspection: boolean;
  /** "Did you mean …?" in validation errors; they reveal the schema, so off in production. */
  fieldSuggestions: boolean;
  /** Curator tokens file (one `name:sha256hex[:expiry]` per line), if any; see api/src/auth/curatorTokens.ts. */
  curatorTokensFile: string | undefined;
  /** Curator token entries given in the environment (ATLAS_CURATOR_TOKENS), same format, comma-separated. */
  curatorTokens: string | undefined;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be true or false (got "${raw}")`);
  return raw === 'true';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const queryTimeoutMs = int(env, 'ATLAS_QUERY_TIMEOUT_MS', 10_000, 100, 600_000);
  const production = env.NODE_ENV === 'production';
  const readModelMode = env.ATLAS_READ_MODEL || 'auto';
  if (!['auto', 'on', 'off'].includes(readModelMode)) throw new ConfigError(`ATLAS_READ_MODEL must be auto, on or off (got "${readModelMode}")`);
  const readModelOn = readModelMode === 'on' || (readModelMode === 'auto' && !env.NEO4J_URI);
  const readModel = readModelOn ? { maxRelationships: int(env, 'ATLAS_READ_MODEL_MAX_RELATIONSHIPS', 2_000_000, 0, 100_000_000) } : null;
  const store: StoreConfig = env.NEO4J_URI
    ? {
        kind: 'neo4j',
        uri: env.NEO4J_URI,
        username: env.NEO4J_USERNAME ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
        queryTimeoutMs,
        readModel,
      }
    : { kind: 'kuzu', path: resolve(env.ATLAS_DATA_DIR ?? 'data', 'atlas.kuzu'), queryTimeoutMs, readModel };
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    seedDir: resolve(env.ATLAS_SEED_DIR ?? 'seed'),
    store,
    production,
    introspection: bool(env, 'ATLAS_INTROSPECTION', !production),
    fieldSuggestions: bool(env, 'ATLAS_FIELD_SUGGESTIONS', !production),
    curatorTokensFile: env.ATLAS_CURATOR_TOKENS_FILE ? resolve(env.ATLAS_CURATOR_TOKENS_FILE) : undefined,
    curatorTokens: env.ATLAS_CURATOR_TOKENS || undefined,
    ...overrides,
  };
}
