import { isHttpError } from '@sveltejs/kit';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { loadQuery, statusForCode } from './loadQuery';

const Doc = parse('query Q($id: ID!) { node(id: $id) { id } }') as TypedDocumentNode<{ node: { id: string } | null }, { id: string }>;
const answering = (body: unknown, status = 200) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('loadQuery', () => {
  it('returns data when the API answers', async () => {
    expect(await loadQuery(answering({ data: { node: { id: 'a' } } }), Doc, { id: 'a' })).toEqual({ node: { id: 'a' } });
  });

  it('turns an API error into the error page with a fitting status and the code', async () => {
    const fetchFn = answering({ data: null, errors: [{ message: 'no entity with id zzz', extensions: { code: 'NOT_FOUND' } }] });
    const e = await loadQuery(fetchFn, Doc, { id: 'zzz' }).catch((x: unknown) => x);
    expect(isHttpError(e)).toBe(true);
    expect(e).toMatchObject({ status: 404, body: { message: 'no entity with id zzz', code: 'NOT_FOUND' } });
  });

  it('maps the API codes to HTTP statuses, unknown ones to 500', () => {
    expect(statusForCode('BAD_USER_INPUT')).toBe(400);
    expect(statusForCode('QUERY_TIMEOUT')).toBe(504);
    expect(statusForCode('STORE_UNAVAILABLE')).toBe(503);
    expect(statusForCode('NETWORK_ERROR')).toBe(502);
    expect(statusForCode('INTERNAL_SERVER_ERROR')).toBe(500);
    expect(statusForCode('SOMETHING_NEW')).toBe(500);
  });
});
