/**
 * The view in a URL: `?v=` carries the whole ViewState, compacted (indices instead of repeated ids, flat
 * coordinates), deflated and base64url-encoded, so a permalink with 100 entities stays a few kilobytes.
 * Decoding validates everything through parseViewState: a URL is input from anyone.
 */
import { parseViewState, ViewFormatError, type ViewState } from './viewState';

export const VIEW_PARAM = 'v';
export const FOCUS_PARAM = 'focus';
const VERSION = 1;

interface Compact {
  v: number;
  n: string[];
  /** x, y per node in order; null when a node has no position yet. */
  p?: (number | null)[];
  /** Parent as index + 1 (0: none). */
  a?: number[];
  pin?: number[];
  f?: number[];
  h?: string[];
  s?: string;
  t?: string[];
  r?: string[];
  y?: (number | null)[];
  l?: string;
  z?: string;
  c?: string;
  lb?: string;
  /** from, to, index, then the highlighted ids. */
  pa?: (string | number)[];
}

export function toCompact(view: ViewState): Compact {
  const index = new Map(view.nodes.map((id, i) => [id, i]));
  const c: Compact = { v: VERSION, n: view.nodes };
  if (Object.keys(view.positions).length > 0) {
    c.p = view.nodes.flatMap((id) => {
      const p = view.positions[id];
      return p ? [Math.round(p.x), Math.round(p.y)] : [null, null];
    });
  }
  if (Object.keys(view.parents).length > 0) c.a = view.nodes.map((id) => (view.parents[id] ? index.get(view.parents[id])! + 1 : 0));
  if (view.pinned.length) c.pin = view.pinned.map((id) => index.get(id)!);
  if (view.focus.length) c.f = view.focus.map((id) => index.get(id)!);
  if (view.hidden.length) c.h = view.hidden;
  if (view.selected) c.s = view.selected;
  if (view.filters.types.length) c.t = view.filters.types;
  if (view.filters.relations.length) c.r = view.filters.relations;
  if (view.filters.yearFrom !== null || view.filters.yearTo !== null) c.y = [view.filters.yearFrom, view.filters.yearTo];
  if (view.layout !== 'fcose') c.l = view.layout;
  c.z = view.sizeBy;
  if (view.colourBy !== 'type') c.c = view.colourBy;
  if (view.labels !== 'auto') c.lb = view.labels;
  if (view.path) c.pa = [view.path.from, view.path.to, view.path.index, ...view.path.highlight];
  return c;
}

export function fromCompact(raw: unknown): ViewState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ViewFormatError('not a view');
  const c = raw as Partial<Compact>;
  if (c.v !== VERSION) throw new ViewFormatError(`unknown view version ${String(c.v)}`);
  if (!Array.isArray(c.n) || !c.n.every((id) => typeof id === 'string')) throw new ViewFormatError('nodes missing');
  const nodes = c.n;
  const at = (i: unknown): string => {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= nodes.length) throw new ViewFormatError('index out of range');
    return nodes[i];
  };
  const list = <T>(v: unknown): T[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new ViewFormatError('expected a list');
    return v as T[];
  };
  const positions: Record<string, { x: unknown; y: unknown }> = {};
  const flat = list<unknown>(c.p);
  if (flat.length > 0 && flat.length !== nodes.length * 2) throw new ViewFormatError('positions do not match the nodes');
  nodes.forEach((id, i) => {
    if (flat[2 * i] !== null && flat[2 * i] !== undefined) positions[id] = { x: flat[2 * i], y: flat[2 * i + 1] };
  });
  const parents: Record<string, string> = {};
  const a = list<unknown>(c.a);
  a.forEach((p, i) => {
    if (p !== 0 && i < nodes.length) parents[nodes[i]] = at(typeof p === 'number' ? p - 1 : -1);
  });
  const pa = list<unknown>(c.pa);
  const y = list<unknown>(c.y);
  return parseViewState({
    nodes,
    positions,
    parents,
    pinned: list<unknown>(c.pin).map(at),
    focus: list<unknown>(c.f).map(at),
    hidden: c.h,
    selected: c.s,
    filters: { types: c.t, relations: c.r, yearFrom: y[0] ?? null, yearTo: y[1] ?? null },
    layout: c.l,
    sizeBy: c.z ?? 'none',
    colourBy: c.c,
    labels: c.lb,
    path: pa.length >= 3 ? { from: pa[0], to: pa[1], index: pa[2], highlight: pa.slice(3) } : null,
  });
}

/** Runs bytes through a (de)compression stream, giving up past `max` output bytes. */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new ViewFormatError('the view is too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ViewFormatError('the view parameter is not base64url');
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

/** The `?v=` value for a view. */
export async function encodeView(view: ViewState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(toCompact(view)));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Inflated text is capped, so a crafted link cannot make the page unpack gigabytes. */
const MAX_INFLATED = 2_000_000;

export async function decodeView(param: string): Promise<ViewState> {
  if (param.length > 200_000) throw new ViewFormatError('the view parameter is too long');
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(param), new DecompressionStream('deflate-raw'), MAX_INFLATED);
  } catch (e) {
    if (e instanceof ViewFormatError) throw e;
    throw new ViewFormatError('the view parameter is damaged');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ViewFormatError('the view parameter is damaged');
  }
  return fromCompact(raw);
}

/** Reads the view a URL asks for: `?v=` (a permalink), else `?focus=<id>` (from an entity page), else none. */
export async function viewFromUrl(url: URL): Promise<{ view: ViewState | null; error: string | null; focus: string | null }> {
  const v = url.searchParams.get(VIEW_PARAM);
  const focus = url.searchParams.get(FOCUS_PARAM);
  if (v) {
    try {
      return { view: await decodeView(v), error: null, focus: null };
    } catch (e) {
      return { view: null, error: e instanceof Error ? e.message : String(e), focus };
    }
  }
  return { view: null, error: null, focus: focus && /^[a-z][a-z-]*:\S{1,200}$/.test(focus) ? focus : null };
}
