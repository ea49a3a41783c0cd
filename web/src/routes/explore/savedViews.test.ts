import { describe, expect, it } from 'vitest';
import { parseViewFile, readSaved, viewFile, withoutSaved, withSaved, type SavedView } from './savedViews';
import { addNodes, startView, ViewFormatError } from './viewState';

const entry = (name: string): SavedView => ({ name, savedAt: '2025-01-02T03:04:05.000Z', view: addNodes(startView('mechanism:a'), ['case:b'], 'mechanism:a') });

describe('saved views', () => {
  it('survive a round trip through storage and through a file', () => {
    const list = withSaved(withSaved([], entry('one')), entry('two'));
    expect(readSaved(JSON.stringify(list))).toEqual(list);
    expect(parseViewFile(viewFile(entry('one')))).toEqual(entry('one'));
  });

  it('replace a view saved under the same name and put the newest first', () => {
    const list = withSaved(withSaved(withSaved([], entry('a')), entry('b')), { ...entry('a'), savedAt: '2026-01-01T00:00:00.000Z' });
    expect(list.map((s) => s.name)).toEqual(['a', 'b']);
    expect(list[0].savedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(withoutSaved(list, 'a').map((s) => s.name)).toEqual(['b']);
  });

  it('skip damaged entries in storage instead of losing the rest', () => {
    const text = JSON.stringify([entry('good'), { name: 'bad', view: { nodes: 'x' } }, 42]);
    expect(readSaved(text).map((s) => s.name)).toEqual(['good']);
    expect(readSaved('{not json')).toEqual([]);
    expect(readSaved(null)).toEqual([]);
  });

  it('refuse files that are not views, saying why', () => {
    expect(() => parseViewFile('nope')).toThrow(/not JSON/);
    expect(() => parseViewFile('{"format":"other"}')).toThrow(ViewFormatError);
    expect(() => parseViewFile(JSON.stringify({ format: 'governance-atlas-view', name: '', view: {} }))).toThrow(/name/);
  });
});
