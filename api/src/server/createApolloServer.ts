/** The Apollo Server: schema, error policy and request limits in one place. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { formatError } from '../errors.js';
import { resolvers } from '../schema/resolvers.js';
import type { Context } from '../schema/context.js';
import { typeDefs } from '../schema/typeDefs.js';

export interface ApolloOptions {
  introspection: boolean;
  log?: (e: unknown) => void;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // Batched requests multiply the work of one HTTP request past every per-operation limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: (formatted, error) => formatError(formatted, error, options.log),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
