/**
 * Where server-side loads send GraphQL. The API and the portal share one Node server, but SvelteKit routes a
 * same-origin fetch to itself (and has no /graphql route), so hooks.server.ts sends /graphql over HTTP instead:
 * to the very socket address this request came in on. That needs no configuration and does not depend on the
 * public host name resolving from inside the server (reverse proxies, containers).
 */
export interface LocalSocket {
  localAddress?: string;
  localPort?: number;
  encrypted?: boolean;
}

export function loopbackUrl(socket: LocalSocket | undefined, target: URL): URL | undefined {
  if (!socket?.localAddress || !socket.localPort) return undefined;
  const address = socket.localAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return new URL(`${target.pathname}${target.search}`, `${socket.encrypted ? 'https' : 'http'}://${host}:${socket.localPort}`);
}

/**
 * Same-origin paths a server-side load fetches over HTTP: the API, and the ready-made deck files (static files,
 * which SvelteKit's server fetch would otherwise request from the public origin, issue #6).
 */
export function goesThroughLoopback(pathname: string, graphqlPath: string): boolean {
  return pathname === graphqlPath || (pathname.startsWith('/decks/') && !pathname.includes('..'));
}
