import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponse, MIN_COMPRESS_BYTES } from './compress';

const html = `<!doctype html><html><body>${'<p>社区治理 community governance</p>'.repeat(200)}</body></html>`;

function page(body = html, extra: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(body);
  const headers = new Headers({ 'content-type': 'text/html', 'content-length': String(bytes.length), etag: '"abc123"', vary: 'Cookie, Accept-Language', ...extra });
  headers.append('set-cookie', 'a=1; Path=/');
  headers.append('set-cookie', 'b=2; Path=/');
  return new Response(bytes, { status: 200, headers });
}

const get = (acceptEncoding?: string, extra: Record<string, string> = {}) =>
  new Request('http://atlas.test/', { headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...extra } });

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(null)).toBeNull();
  });
});

describe('compressResponse', () => {
  it('compresses a page with brotli, keeping status, cookies and the other headers', async () => {
    const res = await compressResponse(get('gzip, br'), page());
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Cookie, Accept-Language, Accept-Encoding');
    expect(res.headers.get('etag')).toBe('"abc123-br"');
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(html.length / 5);
    expect(brotliDecompressSync(body).toString('utf8')).toBe(html);
  });

  it('falls back to gzip', async () => {
    const res = await compressResponse(get('gzip'), page());
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('etag')).toBe('"abc123-gz"');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(html);
  });

  it('hands the compressed ETag back uncompressed on a matching If-None-Match, for SvelteKit to answer 304', async () => {
    const res = await compressResponse(get('br', { 'if-none-match': 'W/"abc123-br"' }), page());
    expect(res.headers.get('etag')).toBe('"abc123-br"');
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('leaves alone what it should not touch', async () => {
    const same = async (req: Request, res: Response) => expect(await compressResponse(req, res)).toBe(res);
    await same(get(), page());
    await same(get('identity'), page());
    await same(new Request('http://atlas.test/', { method: 'HEAD', headers: { 'accept-encoding': 'br' } }), page());
    await same(get('br'), page('x'.repeat(MIN_COMPRESS_BYTES - 1)));
    await same(get('br'), page(html, { 'content-type': 'image/png' }));
    await same(get('br'), page(html, { 'content-encoding': 'gzip' }));
    await same(get('br'), page(html, { 'cache-control': 'no-transform' }));
    // A stream (SvelteKit streaming promises from load) has no content-length: compressing would hold it back.
    const stream = new Response(new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(html)), c.close()) }), { headers: { 'content-type': 'text/html' } });
    await same(get('br'), stream);
  });

  it('compresses JSON too (the data of client-side navigations)', async () => {
    const json = JSON.stringify({ type: 'data', nodes: Array.from({ length: 200 }, (_, i) => ({ id: i, name: '社区' })) });
    const res = await compressResponse(get('br'), page(json, { 'content-type': 'application/json' }));
    expect(res.headers.get('content-encoding')).toBe('br');
  });
});
