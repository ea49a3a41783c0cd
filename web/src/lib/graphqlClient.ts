/**
 * A tiny client for the codegen'd typed documents: print (printDocument.ts), POST, return `data` or throw a GraphQLRequestError.
 * It takes the caller's `fetch` so SvelteKit loads can pass theirs (inlined into the page on SSR, reused on hydration).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { printDocument } from './printDocument';

export const GRAPHQL_PATH = '/graphql';

/** Codes the client itself gives when the API never answered with GraphQL errors. */
export const ClientErrorCode = {
  /** The request did not reach the server, or no response came back. */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** The server answered, but not with a GraphQL response (HTML error page, empty body, proxy error). */
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;

export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  /** `extensions.code` of the first error (the API's ErrorCode), or one of ClientErrorCode. */
  readonly code: string;
  /** Every error the API returned; empty for network and response-format failures. */
  readonly errors: readonly GraphQLErrorEntry[];
  /** HTTP status, when a response came back. */
  readonly status: number | undefined;

  constructor(message: string, code: string, errors: readonly GraphQLErrorEntry[] = [], status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.errors = errors;
    this.status = status;
  }
}

export interface RequestOptions {
  /** Defaults to the same-origin `/graphql`. */
  endpoint?: string;
  signal?: AbortSignal;
}

type Variables<V> = V extends Record<string, never> ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

export async function request<TData, TVariables extends Record<string, unknown>>(
  fetchFn: typeof fetch,
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables, options]: Variables<TVariables>
): Promise<TData> {
  const endpoint = options?.endpoint ?? GRAPHQL_PATH;
  let response: Response;
  try {
    response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: printDocument(document), variables: variables ?? {} }),
      signal: options?.signal,
    });
  } catch (cause) {
    throw new GraphQLRequestError('the GraphQL API could not be reached', ClientErrorCode.NETWORK_ERROR, [], undefined, { cause });
  }
  return readResponse<TData>(response);
}

/** Parses a GraphQL-over-HTTP response; exported for tests. The body is read as text: SSR fetches may not expose headers. */
export async function readResponse<TData>(response: Response): Promise<TData> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch (cause) {
    throw new GraphQLRequestError(`the GraphQL API answered HTTP ${response.status} without a GraphQL response`, ClientErrorCode.BAD_RESPONSE, [], response.status, { cause });
  }
  const errors = errorsOf(body);
  if (errors.length > 0) {
    const first = errors[0];
    throw new GraphQLRequestError(first.message, first.extensions?.code ?? ClientErrorCode.BAD_RESPONSE, errors, response.status);
  }
  const data = isObject(body) ? body.data : undefined;
  if (!response.ok || !isObject(data)) {
    throw new GraphQLRequestError(`the GraphQL API answered HTTP ${response.status} without data`, ClientErrorCode.BAD_RESPONSE, [], response.status);
  }
  return data as TData;
}

function errorsOf(body: unknown): GraphQLErrorEntry[] {
  if (!isObject(body) || !Array.isArray(body.errors)) return [];
  return body.errors.map((e: unknown) => {
    const message = isObject(e) && typeof e.message === 'string' ? e.message : 'unknown error';
    const extensions = isObject(e) && isObject(e.extensions) ? e.extensions : undefined;
    const code = extensions && typeof extensions.code === 'string' ? extensions.code : undefined;
    const path = isObject(e) && Array.isArray(e.path) ? (e.path as (string | number)[]) : undefined;
    return { message, ...(path ? { path } : {}), ...(extensions ? { extensions: { ...extensions, code } } : {}) };
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
