/**
 * Curator bearer tokens (issue 7). Only SHA-256 hashes are configured, never tokens: one entry per line,
 * `name:sha256hex` or `name:sha256hex:expiry` (expiry an ISO date or date-time, UTC), from the file named by
 * ATLAS_CURATOR_TOKENS_FILE and/or the ATLAS_CURATOR_TOKENS variable (entries separated by commas or new
 * lines). The file is read again whenever it changes, so adding or revoking a curator needs no restart.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ConfigError } from '../config.js';

export interface CuratorToken {
  name: string;
  sha256: Buffer;
  /** Last moment the token is valid; null for no expiry. */
  expires: Date | null;
}

/** Who sent a request. A switch over `kind` ends in UnreachableCaseError. */
export type AuthState =
  | { kind: 'anonymous' }
  | { kind: 'curator'; name: string }
  | { kind: 'rejected'; reason: 'malformed' | 'unknown' | 'expired' };

const ENTRY = /^([A-Za-z0-9][A-Za-z0-9._@-]{0,63}):([0-9a-f]{64})(?::(\S+))?$/;
const TOKEN = /^[A-Za-z0-9._~+/=-]{16,512}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Parses entries; `where` names the source (file or variable) in errors, with the line. */
export function parseCuratorTokens(text: string, where: string): CuratorToken[] {
  const out: CuratorToken[] = [];
  text.split(/\r?\n|,/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = ENTRY.exec(line);
    if (!m) throw new ConfigError(`${where}: entry ${i + 1} is not name:sha256hex[:expiry] (hex is 64 lower-case characters)`);
    let expires: Date | null = null;
    if (m[3]) {
      // A bare date means "valid through that day".
      expires = new Date(/^\d{4}-\d{2}-\d{2}$/.test(m[3]) ? `${m[3]}T23:59:59.999Z` : m[3]);
      if (Number.isNaN(expires.getTime())) throw new ConfigError(`${where}: entry ${i + 1}: expiry "${m[3]}" is not an ISO date`);
    }
    out.push({ name: m[1], sha256: Buffer.from(m[2], 'hex'), expires });
  });
  return out;
}

export interface TokenSources {
  curatorTokensFile: string | undefined;
  curatorTokens: string | undefined;
}

export class CuratorTokens {
  private fileTokens: CuratorToken[] = [];
  private fileStamp = '';

  private constructor(
    private readonly sources: TokenSources,
    private readonly envTokens: CuratorToken[],
    private readonly log: (message: string) => void,
  ) {}

  /** Reads and checks every configured token now; a bad entry stops the server from starting. */
  static load(sources: TokenSources, log: (message: string) => void = console.error): CuratorTokens {
    const env = sources.curatorTokens ? parseCuratorTokens(sources.curatorTokens, 'ATLAS_CURATOR_TOKENS') : [];
    const tokens = new CuratorTokens(sources, env, log);
    if (sources.curatorTokensFile) tokens.reloadFile(true);
    return tokens;
  }

  /** No tokens at all: nobody can edit. */
  static none(): CuratorTokens {
    return new CuratorTokens({ curatorTokensFile: undefined, curatorTokens: undefined }, [], () => {});
  }

  get count(): number {
    return this.envTokens.length + this.fileTokens.length;
  }

  /** Re-reads the file when its size or time changed. A file that has become unreadable or invalid denies everyone. */
  private reloadFile(strict = false): void {
    const path = this.sources.curatorTokensFile!;
    try {
      const st = statSync(path);
      const stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
      if (stamp === this.fileStamp) return;
      this.fileTokens = parseCuratorTokens(readFileSync(path, 'utf8'), path);
      this.fileStamp = stamp;
    } catch (e) {
      if (strict) throw e instanceof ConfigError ? e : new ConfigError(`ATLAS_CURATOR_TOKENS_FILE: cannot read ${path}: ${(e as Error).message}`);
      this.fileTokens = [];
      this.fileStamp = '';
      this.log(`atlas: curator tokens file ${path} is unreadable or invalid; no file token is accepted until it is fixed: ${(e as Error).message}`);
    }
  }

  /** Every entry is compared in constant time, so timing says nothing about which hashes exist. */
  verify(token: string, now: Date = new Date()): AuthState {
    if (!TOKEN.test(token)) return { kind: 'rejected', reason: 'malformed' };
    if (this.sources.curatorTokensFile) this.reloadFile();
    const hash = createHash('sha256').update(token, 'utf8').digest();
    const matches = [...this.envTokens, ...this.fileTokens].filter((t) => timingSafeEqual(t.sha256, hash));
    if (matches.length === 0) return { kind: 'rejected', reason: 'unknown' };
    const valid = matches.find((t) => t.expires === null || t.expires.getTime() >= now.getTime());
    return valid ? { kind: 'curator', name: valid.name } : { kind: 'rejected', reason: 'expired' };
  }

  /** The request's `Authorization` header → who sent it. No header is anonymous (reads need none). */
  authenticate(header: string | undefined, now: Date = new Date()): AuthState {
    if (header === undefined || header.trim() === '') return { kind: 'anonymous' };
    const m = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
    return m ? this.verify(m[1], now) : { kind: 'rejected', reason: 'malformed' };
  }
}
