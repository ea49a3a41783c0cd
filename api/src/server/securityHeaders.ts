/**
 * Security headers on every response of the app (issue 7). The portal's pages get their Content-Security-Policy
 * from SvelteKit (`kit.csp` in web/svelte.config.js: it allows the page's own scripts by nonce); SvelteKit sets
 * that header on the response itself and so replaces the one set here. Everything else (GraphQL JSON, the
 * downloads, /healthz, static files, page data) keeps this one, which lets nothing run, load or frame it.
 */
import type { RequestHandler } from 'express';

/** The policy of every response that is not a portal page: nothing may run, load, or embed it. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Browsers must not guess a type: a JSON or CSV answer holding curator text is never run as HTML or script.
  'X-Content-Type-Options': 'nosniff',
  // Links out (publications' addresses) carry no path or query of ours.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers without CSP frame-ancestors; the portal is never framed.
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': NON_PAGE_CSP,
};

export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  };
}
