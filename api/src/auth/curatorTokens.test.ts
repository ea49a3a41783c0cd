import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { CuratorTokens, hashToken, parseCuratorTokens } from './curatorTokens.js';

const T = 'atlas_unit-test-token-0123456789';
const tokens = (entries: string) => CuratorTokens.load({ curatorTokensFile: undefined, curatorTokens: entries });

describe('curator tokens', () => {
  it('parses name:sha256[:expiry] entries, with comments and blank lines, from commas or lines', () => {
    const parsed = parseCuratorTokens(`# curators\n\nalice:${hashToken(T)}\nbob:${hashToken('x'.repeat(20))}:2030-01-31, carol:${hashToken('y'.repeat(20))}:2030-01-31T12:00:00Z`, 'test');
    expect(parsed.map((p) => [p.name, p.expires?.toISOString() ?? null])).toEqual([
      ['alice', null],
      ['bob', '2030-01-31T23:59:59.999Z'],
      ['carol', '2030-01-31T12:00:00.000Z'],
    ]);
  });

  it('refuses entries that are not a name and a lower-case SHA-256, naming the entry', () => {
    expect(() => parseCuratorTokens(`alice:${T}`, 'FILE')).toThrow(new ConfigError('FILE: entry 1 is not name:sha256hex[:expiry] (hex is 64 lower-case characters)'));
    expect(() => parseCuratorTokens(`# x\nalice:${hashToken(T).toUpperCase()}`, 'FILE')).toThrow(/entry 2/);
    expect(() => parseCuratorTokens(`alice:${hashToken(T)}:next-week`, 'FILE')).toThrow(/expiry "next-week"/);
  });

  it('tells anonymous, curator, unknown, malformed and expired apart', () => {
    const t = tokens(`alice:${hashToken(T)}:2030-01-31`);
    expect(t.authenticate(undefined)).toEqual({ kind: 'anonymous' });
    expect(t.authenticate(`Bearer ${T}`, new Date('2030-01-31T23:00:00Z'))).toEqual({ kind: 'curator', name: 'alice' });
    expect(t.authenticate(`bearer   ${T}`, new Date('2030-01-01'))).toEqual({ kind: 'curator', name: 'alice' });
    expect(t.authenticate(`Bearer ${T}`, new Date('2030-02-01T00:00:00Z'))).toEqual({ kind: 'rejected', reason: 'expired' });
    expect(t.authenticate(`Bearer ${T}x`)).toEqual({ kind: 'rejected', reason: 'unknown' });
    expect(t.authenticate('Bearer short')).toEqual({ kind: 'rejected', reason: 'malformed' });
    expect(t.authenticate(`Basic ${T}`)).toEqual({ kind: 'rejected', reason: 'malformed' });
    expect(t.authenticate(`Bearer ${T} extra`)).toEqual({ kind: 'rejected', reason: 'malformed' });
  });

  it('a renewed token (same hash, new expiry) works while the old entry has expired', () => {
    const t = tokens(`alice:${hashToken(T)}:2020-01-01,alice:${hashToken(T)}:2999-01-01`);
    expect(t.verify(T)).toEqual({ kind: 'curator', name: 'alice' });
  });

  it('with no tokens configured nobody is a curator', () => {
    expect(CuratorTokens.none().authenticate(`Bearer ${T}`)).toEqual({ kind: 'rejected', reason: 'unknown' });
  });
});
