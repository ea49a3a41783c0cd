/** An Apollo server over a private Kuzu store loaded from a seed folder, behind the read model, for executeOperation tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApolloServer } from '../../api/src/server/createApolloServer.js';
import { createContext } from '../../api/src/schema/context.js';
import { KuzuStore } from '../../api/src/store/embedded/KuzuStore.js';
import type { GraphStore } from '../../api/src/store/GraphStore.js';
import { ReadModelStore } from '../../api/src/store/readModel/ReadModelStore.js';
import { seedStore } from '../../seed/loader/seedStore.js';

export interface ApiResult<T> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

export async function startApi(seedDir: string, wrap: (s: GraphStore) => GraphStore = (s) => s) {
  const inner = await KuzuStore.open({ path: join(mkdtempSync(join(tmpdir(), 'atlas-api-')), 'atlas.kuzu') });
  await seedStore(inner, seedDir);
  // As the server runs it (openStore), with every read waiting for the model: answers come from memory.
  const store = wrap(new ReadModelStore(inner, { maxRelationships: Number.POSITIVE_INFINITY, waitForModel: true }));
  const logged: unknown[] = [];
  const server = createApolloServer({ introspection: false, log: (e) => logged.push(e) });
  await server.start();
  async function exec<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables?: V): Promise<ApiResult<T>> {
    const response = await server.executeOperation({ query: document, variables }, { contextValue: createContext(store) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data: data as T | null | undefined, errors: errors as ApiResult<T>['errors'] };
  }
  return {
    exec,
    store,
    logged,
    async stop() {
      await server.stop();
      await inner.close();
    },
  };
}
