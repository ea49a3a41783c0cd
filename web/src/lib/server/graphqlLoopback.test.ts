import { describe, expect, it } from 'vitest';
import { goesThroughLoopback, loopbackUrl } from './graphqlLoopback';

const target = new URL('https://atlas.example.org/graphql');

describe('loopbackUrl', () => {
  it('points at the address and port the request arrived on', () => {
    expect(loopbackUrl({ localAddress: '127.0.0.1', localPort: 3100 }, target)?.href).toBe('http://127.0.0.1:3100/graphql');
  });
  it('unwraps IPv4 addresses mapped into IPv6', () => {
    expect(loopbackUrl({ localAddress: '::ffff:10.0.0.5', localPort: 3000 }, target)?.href).toBe('http://10.0.0.5:3000/graphql');
  });
  it('brackets IPv6 addresses', () => {
    expect(loopbackUrl({ localAddress: '::1', localPort: 3000 }, target)?.href).toBe('http://[::1]:3000/graphql');
  });
  it('keeps https when the socket is TLS, and the query string', () => {
    expect(loopbackUrl({ localAddress: '127.0.0.1', localPort: 8443, encrypted: true }, new URL('http://x/graphql?op=a'))?.href).toBe('https://127.0.0.1:8443/graphql?op=a');
  });
  it('gives nothing without a socket (vite dev, other adapters), so the caller keeps the public URL', () => {
    expect(loopbackUrl(undefined, target)).toBeUndefined();
    expect(loopbackUrl({}, target)).toBeUndefined();
  });
});

describe('goesThroughLoopback', () => {
  it('sends the API and the shipped deck files over the loopback, nothing else', () => {
    expect(goesThroughLoopback('/graphql', '/graphql')).toBe(true);
    expect(goesThroughLoopback('/decks/index.json', '/graphql')).toBe(true);
    expect(goesThroughLoopback('/decks/../secret', '/graphql')).toBe(false);
    expect(goesThroughLoopback('/entity/x', '/graphql')).toBe(false);
  });
});
