/**
 * Connections to one Kuzu database file: a pool, read-only transactions for every read, one write
 * transaction at a time, and a pause that lets a rebuild swap the file underneath (issue 7).
 *
 * Why read-only transactions: Kuzu has no read-only connection, and a read-only Database cannot share a
 * file with a writer. `BEGIN TRANSACTION READ ONLY` is the engine's own guard: any write statement sent
 * on the read path fails inside the engine ("Can not execute a write query inside a read-only transaction").
 */
import { resolve } from 'node:path';
import { StoreError } from '../StoreError.js';
import { Connection, Database, type KuzuConnection, type KuzuDatabase, type KuzuPrepared } from './kuzuEngine.js';

export type Row = Record<string, unknown>;
/** The time limit of a readUnbounded statement. */
const UNBOUNDED_MS = 3_600_000;
export type Statement = readonly [text: string, params: Row];
/** Runs one statement inside the current transaction. */
export type Run = (text: string, params?: Row) => Promise<Row[]>;

export interface PoolOptions {
  path: string;
  readOnly: boolean;
  /** Every statement is cancelled after this long and fails with a TIMEOUT StoreError. */
  queryTimeoutMs?: number;
  connections: number;
  /**
   * Threads one query may use; all cores when absent. A server gives each query one, so that one heavy
   * query cannot hold every core while quick ones wait (and run out their own time limit waiting).
   */
  threadsPerQuery?: number;
}

interface Handle {
  conn: KuzuConnection;
  prepared: Map<string, KuzuPrepared>;
}

/**
 * Files this process has open. Kuzu's file lock is per process, so a second Database on the same file in
 * the same process would be allowed by the engine, and two writers would corrupt it.
 */
const openInProcess = new Set<string>();

function lockedMessage(path: string, where: 'process' | 'other'): string {
  const who = where === 'process' ? 'is already open in this process' : 'is open in another process (a running server, `npm run seed` or `npm run import`)';
  return `the embedded database ${path} ${who}. Stop that process and try again, or set ATLAS_DATA_DIR to use another folder.`;
}

export function toStoreError(e: unknown, path: string): StoreError {
  if (e instanceof StoreError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/interrupted|timeout/i.test(message)) return new StoreError('TIMEOUT', 'the query took too long', { cause: e });
  if (/could not set lock on file/i.test(message)) return new StoreError('LOCKED', lockedMessage(path, 'other'), { cause: e });
  return new StoreError('INTERNAL', 'embedded database error', { cause: e });
}

/** Kuzu rejects parameters a statement does not use, so each call passes only the ones its text names. */
function paramsFor(text: string, params: Row): Row {
  return Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(text)));
}

export class KuzuPool {
  private db: KuzuDatabase | undefined;
  private handles: Handle[] = [];
  private idle: Handle[] = [];
  private waiters: { resolve: (h: Handle) => void; reject: (e: unknown) => void }[] = [];
  private pausing = false;
  private drained: (() => void) | undefined;
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Counts finished writers (issue 8): a read cached at an older count may be stale (KuzuStore.stats). */
  generation = 0;
  private readonly key: string;

  private constructor(private readonly options: PoolOptions) {
    this.key = resolve(options.path);
  }

  static async open(options: PoolOptions): Promise<KuzuPool> {
    const pool = new KuzuPool(options);
    if (openInProcess.has(pool.key)) throw new StoreError('LOCKED', lockedMessage(options.path, 'process'));
    openInProcess.add(pool.key);
    try {
      await pool.connect();
    } catch (e) {
      openInProcess.delete(pool.key);
      await pool.disconnect().catch(() => {});
      throw toStoreError(e, options.path);
    }
    return pool;
  }

  private async connect(): Promise<void> {
    this.db = new Database(this.options.path, 0, true, this.options.readOnly);
    await this.db.init();
    for (let i = 0; i < Math.max(1, this.options.connections); i++) {
      const conn = new Connection(this.db);
      await conn.init();
      if (this.options.queryTimeoutMs) conn.setQueryTimeout(this.options.queryTimeoutMs);
      if (this.options.threadsPerQuery) conn.setMaxNumThreadForExec(this.options.threadsPerQuery);
      this.handles.push({ conn, prepared: new Map() });
    }
    this.idle = [...this.handles];
  }

  private async disconnect(): Promise<void> {
    for (const h of this.handles) {
      for (const p of h.prepared.values()) (p as unknown as { close?: () => void }).close?.();
      await h.conn.close();
    }
    this.handles = [];
    this.idle = [];
    const db = this.db;
    this.db = undefined;
    if (db) await db.close();
  }

  private acquire(): Promise<Handle> {
    if (this.closed) return Promise.reject(new StoreError('UNAVAILABLE', 'the embedded database is closed'));
    const h = this.pausing ? undefined : this.idle.pop();
    if (h) return Promise.resolve(h);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private release(h: Handle): void {
    if (!this.handles.includes(h)) return;
    const waiter = this.pausing ? undefined : this.waiters.shift();
    if (waiter) return waiter.resolve(h);
    this.idle.push(h);
    if (this.pausing && this.idle.length === this.handles.length) this.drained?.();
  }

  /** One statement on one connection: prepared (and cached) when it has parameters, plain otherwise. */
  private async exec(h: Handle, text: string, params?: Row): Promise<Row[]> {
    try {
      let result;
      if (params === undefined) {
        result = await h.conn.query(text);
      } else {
        let stmt = h.prepared.get(text);
        if (!stmt) {
          stmt = await h.conn.prepare(text);
          if (!stmt.isSuccess()) throw new Error(stmt.getErrorMessage());
          h.prepared.set(text, stmt);
        }
        result = await h.conn.execute(stmt, paramsFor(text, params) as never);
      }
      const results = Array.isArray(result) ? result : [result];
      try {
        // Rows are converted in one synchronous call: the async getAll() makes one thread-pool round trip per
        // row, ~30x slower (issue 8: 10k rows took 340 ms instead of 11 ms, and queued behind other requests).
        return results[results.length - 1].getAllSync() as Row[];
      } finally {
        // Always, also when reading fails (a timeout can strike while rows are fetched): a result left to the
        // garbage collector can be finalised after its database is closed, and that crashes the process.
        for (const r of results) r.close();
      }
    } catch (e) {
      throw toStoreError(e, this.options.path);
    }
  }

  /** Kuzu ends a transaction itself when a statement in it fails; a rollback then has nothing to do. */
  private async rollback(h: Handle): Promise<void> {
    await this.exec(h, 'ROLLBACK').catch(() => {});
  }

  private async transaction<T>(begin: string, work: (run: Run) => Promise<T>, unbounded = false): Promise<T> {
    const h = await this.acquire();
    // The Node binding refuses 0 (the engine's "no limit"), so an hour stands in for it.
    if (unbounded && this.options.queryTimeoutMs) h.conn.setQueryTimeout(UNBOUNDED_MS);
    try {
      await this.exec(h, begin);
      let result: T;
      try {
        // Statements run one after another: after a failure Kuzu would run the next one outside the transaction.
        result = await work((text, params = {}) => this.exec(h, text, params));
      } catch (e) {
        await this.rollback(h);
        throw e;
      }
      await this.exec(h, 'COMMIT');
      return result;
    } finally {
      if (unbounded && this.options.queryTimeoutMs) h.conn.setQueryTimeout(this.options.queryTimeoutMs);
      this.release(h);
    }
  }

  /** The statements in one read-only transaction: one consistent view, and the engine refuses writes. */
  read(...statements: Statement[]): Promise<Row[][]> {
    return this.transaction('BEGIN TRANSACTION READ ONLY', async (run) => {
      const out: Row[][] = [];
      for (const [text, params] of statements) out.push(await run(text, params));
      return out;
    });
  }

  /**
   * As read, without the per-query time limit: for whole-graph reads (a dump for an export, or for a cache the
   * server builds once per graph version), which are batch work and take seconds at 1M relationships (issue 8).
   * Never for a statement a request's arguments shape.
   */
  readUnbounded(...statements: Statement[]): Promise<Row[][]> {
    return this.transaction(
      'BEGIN TRANSACTION READ ONLY',
      async (run) => {
        const out: Row[][] = [];
        for (const [text, params] of statements) out.push(await run(text, params));
        return out;
      },
      true,
    );
  }

  /** One write transaction, all or nothing; writers in this process queue behind each other. */
  write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    if (this.options.readOnly) return Promise.reject(new StoreError('INTERNAL', 'the store is read-only'));
    return this.serialized(() => this.transaction('BEGIN TRANSACTION', work));
  }

  /** Statements in auto-commit mode on one connection: DDL, CHECKPOINT, and building a private file. */
  async direct(...statements: Statement[]): Promise<Row[][]> {
    const h = await this.acquire();
    try {
      const out: Row[][] = [];
      for (const [text, params] of statements) out.push(await this.exec(h, text, Object.keys(params).length ? params : undefined));
      return out;
    } finally {
      this.release(h);
    }
  }

  /** Runs `work` holding the write lock (a rebuild holds it from its first read of the log to its swap). */
  serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.then(() => work()).finally(() => this.generation++);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /**
   * Waits until no connection is in use, closes the database, runs `replace` (a rename over the file),
   * and reopens it. Reads that arrive meanwhile wait, then run on the new file.
   */
  async swap(replace: () => void): Promise<void> {
    this.pausing = true;
    try {
      if (this.idle.length !== this.handles.length) await new Promise<void>((r) => (this.drained = r));
      this.drained = undefined;
      await this.disconnect();
      try {
        replace();
      } finally {
        await this.connect();
      }
    } finally {
      this.pausing = false;
      while (this.waiters.length && this.idle.length) this.waiters.shift()!.resolve(this.idle.pop()!);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.reject(new StoreError('UNAVAILABLE', 'the embedded database is closed'));
    try {
      await this.disconnect();
    } finally {
      openInProcess.delete(this.key);
    }
  }
}
