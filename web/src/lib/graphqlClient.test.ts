import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { ClientErrorCode, GraphQLRequestError, request } from './graphqlClient';

const NodeName = parse('query NodeName($id: ID!) { node(id: $id) { id nameEn } }') as TypedDocumentNode<
  { node: { id: string; nameEn: string } | null },
  { id: string }
>;

function fakeFetch(respond: (body: { query: string; variables: Record<string, unknown> }) => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond(JSON.parse(String(init.body)));
  }) as unknown as typeof fetch;
  return { fn, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function caught(p: Promise<unknown>): Promise<GraphQLRequestError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLRequestError);
    return e as GraphQLRequestError;
  }
  throw new Error('expected the request to fail');
}

describe('graphqlClient.request', () => {
  it('posts the printed document and variables as JSON to /graphql and returns data', async () => {
    const { fn, calls } = fakeFetch(() => json({ data: { node: { id: 'city:shanghai', nameEn: 'Shanghai' } } }));
    const data = await request(fn, NodeName, { id: 'city:shanghai' });
    expect(data.node?.nameEn).toBe('Shanghai');
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/graphql');
    expect(calls[0].init.method).toBe('POST');
    expect(new Headers(calls[0].init.headers).get('content-type')).toBe('application/json');
    const sent = JSON.parse(String(calls[0].init.body));
    expect(sent.query).toContain('query NodeName($id: ID!)');
    expect(sent.variables).toEqual({ id: 'city:shanghai' });
  });

  it('uses the endpoint option when given', async () => {
    const { fn, calls } = fakeFetch(() => json({ data: { node: null } }));
    await request(fn, NodeName, { id: 'x' }, { endpoint: 'http://127.0.0.1:3000/graphql' });
    expect(calls[0].url).toBe('http://127.0.0.1:3000/graphql');
  });

  it('throws the first error with its extensions.code and keeps every error', async () => {
    const { fn } = fakeFetch(() =>
      json({
        data: { node: null },
        errors: [
          { message: '`first` must be from 1 to 100', path: ['node'], extensions: { code: 'BAD_USER_INPUT', argument: 'first' } },
          { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      }),
    );
    const e = await caught(request(fn, NodeName, { id: 'x' }));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe('`first` must be from 1 to 100');
    expect(e.status).toBe(200);
    expect(e.errors).toHaveLength(2);
    expect(e.errors[0].extensions?.argument).toBe('first');
    expect(e.errors[0].path).toEqual(['node']);
    expect(e.errors[1].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reads GraphQL errors from a non-2xx response (Apollo answers validation failures with HTTP 400)', async () => {
    const { fn } = fakeFetch(() => json({ errors: [{ message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 400));
    const e = await caught(request(fn, NodeName, { id: 'x' }));
    expect(e.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.status).toBe(400);
  });

  it('gives BAD_RESPONSE to an error without a code', async () => {
    const { fn } = fakeFetch(() => json({ errors: [{ message: 'something odd' }] }));
    const e = await caught(request(fn, NodeName, { id: 'x' }));
    expect(e.code).toBe(ClientErrorCode.BAD_RESPONSE);
    expect(e.message).toBe('something odd');
  });

  it('gives NETWORK_ERROR with the cause when fetch itself fails', async () => {
    const boom = new TypeError('fetch failed');
    const fn = (async () => {
      throw boom;
    }) as unknown as typeof fetch;
    const e = await caught(request(fn, NodeName, { id: 'x' }));
    expect(e.code).toBe(ClientErrorCode.NETWORK_ERROR);
    expect(e.status).toBeUndefined();
    expect(e.cause).toBe(boom);
  });

  it('gives BAD_RESPONSE with the status when the body is not JSON (a proxy error page)', async () => {
    const { fn } = fakeFetch(() => new Response('<html>502 Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const e = await caught(request(fn, NodeName, { id: 'x' }));
    expect(e.code).toBe(ClientErrorCode.BAD_RESPONSE);
    expect(e.status).toBe(502);
    expect(e.errors).toEqual([]);
  });

  it('gives BAD_RESPONSE when a JSON body has neither data nor errors', async () => {
    const { fn } = fakeFetch(() => json({ hello: 'world' }));
    const e = await caught(request(fn, NodeName, { id: 'x' }));
    expect(e.code).toBe(ClientErrorCode.BAD_RESPONSE);
  });

  it('gives BAD_RESPONSE when an HTTP error carries data but no errors', async () => {
    const { fn } = fakeFetch(() => json({ data: { node: null } }, 500));
    const e = await caught(request(fn, NodeName, { id: 'x' }));
    expect(e.code).toBe(ClientErrorCode.BAD_RESPONSE);
    expect(e.status).toBe(500);
  });
});
