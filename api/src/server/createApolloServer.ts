/** The Apollo Server: schema, error policy and request limits in one place. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { formatError } from '../errors.js';
import { resolvers } from '../schema/resolvers.js';
import type { Context } from '../schema/context.js';
import { typeDefs } from '../schema/typeDefs.js';
import { QUERY_LIMITS, queryLimitRules } from './queryLimits.js';

export interface ApolloOptions {
  introspection: boolean;
  /** "Did you mean …?" hints in validation errors; off unless asked for (they reveal the schema). */
  fieldSuggestions?: boolean;
  log?: (e: unknown) => void;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: !options.fieldSuggestions,
    includeStacktraceInErrorResponses: false,
    // Batched requests multiply the work of one HTTP request past every per-operation limit.
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would let anyone fill the server's cache; the portal sends full documents.
    persistedQueries: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    maxRecursiveSelections: QUERY_LIMITS.maxRecursiveSelections,
    validationRules: queryLimitRules(),
    formatError: (formatted, error) => formatError(formatted, error, options.log),
    // No field declares a cache hint, and the default cache-control plugin hooks every field it resolves
    // (~3 % of a 1,000-node neighbourhood's time, profiled for issue 8).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
}
