import type { Handle, HandleFetch } from '@sveltejs/kit';
import { GRAPHQL_PATH } from '$lib/graphqlClient';
import { htmlLang, LANG_COOKIE, LANG_COOKIE_MAX_AGE, LANG_QUERY, negotiateLang } from '$lib/i18n/lang';
import { compressResponse } from '$lib/server/compress';
import { goesThroughLoopback, loopbackUrl } from '$lib/server/graphqlLoopback';

/**
 * Chooses the language before rendering, so the server's HTML is already in it (no flash of the other language), and
 * compresses what is rendered.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const query = event.url.searchParams.get(LANG_QUERY);
  const lang = negotiateLang(query, event.cookies.get(LANG_COOKIE), event.request.headers.get('accept-language'));
  if (query === lang) {
    // httpOnly off: the switch in the browser rewrites this same cookie.
    event.cookies.set(LANG_COOKIE, lang, {
      path: '/',
      maxAge: LANG_COOKIE_MAX_AGE,
      sameSite: 'lax',
      httpOnly: false,
      // Only a language preference. Not Secure: classrooms often reach the portal over plain HTTP on a LAN
      // address, where browsers drop Secure cookies, and without ORIGIN adapter-node reports https regardless.
      secure: false,
    });
  }
  event.locals.lang = lang;
  // The same URL renders differently by language.
  event.setHeaders({ vary: 'Cookie, Accept-Language' });
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%atlas.lang%', htmlLang(lang)),
  });
  // Pages and their data compressed (the static files are precompressed at build time, see svelte.config.js); never
  // an answer to a load's own fetch of this app, which nothing would decode.
  return event.isSubRequest ? response : compressResponse(event.request, response);
};

/**
 * Same-origin /graphql (and the shipped deck files) from a load go over HTTP to this very server: SvelteKit would
 * otherwise route /graphql to itself, and request static files from the public origin it may not reach.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin !== event.url.origin || !goesThroughLoopback(url.pathname, GRAPHQL_PATH)) return fetch(request);
  const target = loopbackUrl(event.platform?.req?.socket, url) ?? url;
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return globalThis.fetch(target, { method: request.method, headers: request.headers, body, signal: request.signal });
};
