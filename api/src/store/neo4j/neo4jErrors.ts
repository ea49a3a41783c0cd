/** Driver errors → StoreError kinds. The driver error travels only as `cause` (for the server log). */
import neo4j from 'neo4j-driver';
import { StoreError } from '../StoreError.js';

/**
 * Server codes for "took too long": the server-side limit (TransactionTimedOut), the limit this adapter
 * sets per transaction (…ClientConfiguration, Neo4j 5) and waiting too long for a lock.
 */
const TIMEOUT_CODE = /^Neo\.(ClientError|TransientError)\.Transaction\.(TransactionTimedOut\w*|LockAcquisitionTimeout)$/;
const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const code = e instanceof neo4j.Neo4jError ? e.code : undefined;
  if (code && TIMEOUT_CODE.test(code)) return new StoreError('TIMEOUT', 'the query took too long', { cause: e });
  if (code && UNAVAILABLE_CODES.has(code)) return new StoreError('UNAVAILABLE', 'the Neo4j server is unavailable', { cause: e });
  return new StoreError('INTERNAL', 'Neo4j database error', { cause: e });
}
