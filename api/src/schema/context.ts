/** Per-request context: the store, the request's batching loaders, and who sent the request. */
import DataLoader from 'dataloader';
import type { NodeRecord } from '../../../graph-schema/records.js';
import type { Glossary } from '../../../seed/loader/validateRecord.js';
import type { AuthState } from '../auth/curatorTokens.js';
import type { GraphStore } from '../store/GraphStore.js';
import { seedPublicationId } from '../services/seedPublicationIds.js';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** From the `Authorization` header; curator mutations and the audit log need a curator. */
  auth: AuthState;
  /** The seed glossary, so a curator's edit meets the same naming rule as a seed file. */
  glossary: Glossary | undefined;
}

export interface ContextOptions {
  auth?: AuthState;
  glossary?: Glossary;
}

export interface Loaders {
  /** Nodes by id: one store call per tick, however many fields ask. */
  node: DataLoader<string, NodeRecord | null>;
  /** Degree by id, batched the same way (no N+1 when a subgraph lists degrees). */
  degree: DataLoader<string, number>;
  /** Publication id by seed document stem (the five seed documents). */
  seedPublication: DataLoader<string, string | null>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    node: new DataLoader(async (ids) => {
      const found = new Map((await store.getNodes([...ids])).map((n) => [n.id, n]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    degree: new DataLoader(async (ids) => {
      const degrees = await store.degrees([...ids]);
      return ids.map((id) => degrees.get(id) ?? 0);
    }),
    // A seed document's own Publication cites that document, so it is among the entities sourced from it.
    seedPublication: new DataLoader(async (stems) => Promise.all(stems.map((stem) => seedPublicationId(store, stem)))),
  };
}

export function createContext(store: GraphStore, options: ContextOptions = {}): Context {
  return { store, loaders: createLoaders(store), auth: options.auth ?? { kind: 'anonymous' }, glossary: options.glossary };
}
