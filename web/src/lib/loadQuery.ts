/** For load functions: run a typed document and turn an API failure into SvelteKit's error page with a fitting status. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { error } from '@sveltejs/kit';
import { GraphQLRequestError, request } from './graphqlClient';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TIMEOUT: 504,
  STORE_UNAVAILABLE: 503,
  NETWORK_ERROR: 502,
  BAD_RESPONSE: 502,
};

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 500;
}

export async function loadQuery<TData, TVariables extends Record<string, unknown>>(
  fetchFn: typeof fetch,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  try {
    return await request<TData, Record<string, unknown>>(fetchFn, document as TypedDocumentNode<TData, Record<string, unknown>>, variables);
  } catch (e) {
    if (e instanceof GraphQLRequestError) error(statusForCode(e.code), { message: e.message, code: e.code });
    throw e;
  }
}
