/**
 * Compresses what SvelteKit renders (the pages' HTML, the `__data.json` of client-side navigations) for clients that
 * accept it. The built assets already go out compressed (adapter-node `precompress`, served by sirv), but pages
 * left uncompressed: the home page is ~110 KB of HTML (markup plus the API answers inlined for hydration), ~15 KB
 * compressed. Node's own zlib, no dependency. Streamed responses (no content-length) are left alone, so nothing
 * waits for a whole stream to be buffered.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Smaller bodies are not worth it (headers and framing cost more than they save). */
export const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /^(text\/html|application\/json)\b/i;

export type Encoding = 'br' | 'gzip';

/** The encoding to use for an Accept-Encoding header: brotli, then gzip, each only when not refused with q=0. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => {
    const q = accepted.get(name) ?? accepted.get('*');
    return q !== undefined && q > 0;
  };
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** `"abc"` → `"abc-br"`: one representation, one strong ETag (weak ones are left as they are). */
function encodedEtag(etag: string, encoding: Encoding): string {
  return etag.startsWith('"') && etag.endsWith('"') ? `${etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"` : etag;
}

function appendVary(headers: Headers, field: string): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', field);
  else if (!vary.split(',').some((v) => v.trim().toLowerCase() === field.toLowerCase() || v.trim() === '*')) headers.set('vary', `${vary}, ${field}`);
}

/**
 * The response compressed for this request when that helps, otherwise the response itself. An `If-None-Match` that
 * matches the compressed representation's ETag gets that ETag without any compressing, so SvelteKit answers 304.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
  const { headers } = response;
  if (request.method !== 'GET' || !response.body || response.status === 204 || response.status === 304) return response;
  if (headers.has('content-encoding') || !COMPRESSIBLE.test(headers.get('content-type') ?? '')) return response;
  if (/\bno-transform\b/i.test(headers.get('cache-control') ?? '')) return response;
  const length = Number(headers.get('content-length'));
  if (!headers.has('content-length') || !(length >= MIN_COMPRESS_BYTES)) return response;
  const encoding = chooseEncoding(request.headers.get('accept-encoding'));
  if (!encoding) return response;

  const out = new Headers(headers);
  appendVary(out, 'Accept-Encoding');
  const etag = headers.get('etag');
  if (etag) {
    const encoded = encodedEtag(etag, encoding);
    out.set('etag', encoded);
    if (request.headers.get('if-none-match')?.replace(/^W\//, '') === encoded) {
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers: out });
    }
  }
  const raw = Buffer.from(await response.arrayBuffer());
  const body =
    encoding === 'br'
      ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : await gz(raw, { level: 6 });
  out.set('content-encoding', encoding);
  out.set('content-length', String(body.length));
  return new Response(new Uint8Array(body), { status: response.status, statusText: response.statusText, headers: out });
}
