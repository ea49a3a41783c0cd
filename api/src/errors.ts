/** The API's error codes and the one place that decides what a client may see of a failure. */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { StoreError } from './store/StoreError.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** A curation change that contradicts the graph: the entity or relationship exists, or is still linked. */
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** HTTP level: the request body is larger than the server accepts (413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** HTTP level: the body is not JSON the server can read. */
  BAD_REQUEST: 'BAD_REQUEST',
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

/** A record a curator sent breaks the model's rules; `issues` lists every problem, by field. */
export class InvalidRecordError extends GraphQLError {
  constructor(what: string, issues: { field: string; message: string }[]) {
    super(`${what} is not valid: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, issues },
    });
  }
}

/** No or unusable credentials. HTTP 401 with a Bearer challenge. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } } });
  }
}

/** Credentials that identify a curator who may not do this (now). HTTP 403. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
  }
}

export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * What a resolver threw, from the GraphQLError Apollo wraps it in. Duck-typed on purpose: Apollo and this
 * module can load different copies of graphql (its ESM build and the CommonJS one), and then `instanceof
 * GraphQLError` is false for Apollo's errors, which silently turned every store timeout into a masked
 * internal error (issue 7).
 */
function unwrap(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 10 && typeof e === 'object' && e !== null && (e as { originalError?: unknown }).originalError; i++) {
    e = (e as { originalError: unknown }).originalError;
  }
  return e;
}

/**
 * Apollo's formatError hook. Errors we raised on purpose keep their message and code; store timeouts and
 * outages get a typed code; everything else is masked, with the detail in the server log only.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof StoreError) {
    switch (original.kind) {
      case 'TIMEOUT':
        return { message: 'the query took too long and was stopped', path: formatted.path, extensions: { code: ErrorCode.QUERY_TIMEOUT } };
      case 'UNAVAILABLE':
      case 'LOCKED':
        log(original);
        return { message: 'the graph store is not available', path: formatted.path, extensions: { code: ErrorCode.STORE_UNAVAILABLE } };
      case 'NOT_FOUND':
      case 'CONFLICT':
        // Messages the adapters write themselves, naming only ids the client sent.
        return { message: original.message, path: formatted.path, extensions: { code: ErrorCode[original.kind] } };
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
