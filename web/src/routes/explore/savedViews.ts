/**
 * Named views kept in the browser (localStorage) and view files (JSON) to share or archive. The storage
 * and the files are outside our control, so everything read back goes through parseViewState.
 */
import { parseViewState, ViewFormatError, type ViewState } from './viewState';

export const STORAGE_KEY = 'atlas.explorer.views';
export const VIEW_FILE_FORMAT = 'governance-atlas-view';
const MAX_SAVED = 50;

export interface SavedView {
  name: string;
  savedAt: string;
  view: ViewState;
}

function parseEntry(raw: unknown): SavedView {
  if (typeof raw !== 'object' || raw === null) throw new ViewFormatError('not a saved view');
  const r = raw as Record<string, unknown>;
  const name = typeof r.name === 'string' ? r.name.trim().slice(0, 120) : '';
  if (!name) throw new ViewFormatError('a saved view needs a name');
  const savedAt = typeof r.savedAt === 'string' && !Number.isNaN(Date.parse(r.savedAt)) ? r.savedAt : new Date(0).toISOString();
  return { name, savedAt, view: parseViewState(r.view) };
}

/** Saved views from storage; damaged entries are skipped rather than losing the rest. */
export function readSaved(text: string | null): SavedView[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    try {
      return [parseEntry(entry)];
    } catch {
      return [];
    }
  });
}

/** Adds or replaces (by name) a view, newest first, keeping at most 50. */
export function withSaved(list: readonly SavedView[], entry: SavedView): SavedView[] {
  return [entry, ...list.filter((s) => s.name !== entry.name)].slice(0, MAX_SAVED);
}

export function withoutSaved(list: readonly SavedView[], name: string): SavedView[] {
  return list.filter((s) => s.name !== name);
}

export function viewFile(entry: SavedView): string {
  return JSON.stringify({ format: VIEW_FILE_FORMAT, version: 1, ...entry }, null, 2);
}

/** A view file's contents; throws ViewFormatError with the reason when it is not one. */
export function parseViewFile(text: string): SavedView {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ViewFormatError('the file is not JSON');
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>).format !== VIEW_FILE_FORMAT) {
    throw new ViewFormatError('the file is not a Governance Atlas view');
  }
  return parseEntry(raw);
}
