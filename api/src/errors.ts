/** The API's error codes and the one place that decides what a client may see of a failure. */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreError } from './store/StoreError.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Apollo's formatError hook. Errors we raised on purpose keep their message and code; store timeouts and
 * outages get a typed code; everything else is masked, with the detail in the server log only.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof StoreError) {
    switch (original.kind) {
      case 'TIMEOUT':
        return { message: 'the query took too long and was stopped', path: formatted.path, extensions: { code: ErrorCode.QUERY_TIMEOUT } };
      case 'UNAVAILABLE':
      case 'LOCKED':
        log(original);
        return { message: 'the graph store is not available', path: formatted.path, extensions: { code: ErrorCode.STORE_UNAVAILABLE } };
      case 'INTERNAL':
        break;
      default:
        throw new UnreachableCaseError(original.kind);
    }
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Apollo's own request errors (parse, validation, bad variables) carry their codes; keep them.
  if (typeof code === 'string' && /^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_REQUEST|PERSISTED_QUERY_NOT_FOUND|PERSISTED_QUERY_NOT_SUPPORTED|OPERATION_RESOLUTION_FAILURE)$/.test(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return { message: 'internal error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
