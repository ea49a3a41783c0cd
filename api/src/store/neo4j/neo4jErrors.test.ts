/** Driver failures become StoreError kinds; the driver's own error survives only as `cause`. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../StoreError.js';
import { toStoreError } from './neo4jErrors.js';

const serverError = (code: string, message = 'server says no') => new neo4j.Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('toStoreError', () => {
  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  ])('maps %s to TIMEOUT', (code) => {
    expect(toStoreError(serverError(code)).kind).toBe('TIMEOUT');
  });

  it.each([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED, 'Neo.TransientError.General.DatabaseUnavailable'])('maps %s to UNAVAILABLE', (code) => {
    expect(toStoreError(serverError(code)).kind).toBe('UNAVAILABLE');
  });

  it.each(['Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Schema.ConstraintValidationFailed'])(
    'maps %s to INTERNAL',
    (code) => {
      expect(toStoreError(serverError(code)).kind).toBe('INTERNAL');
    },
  );

  it('keeps the driver message out of the StoreError and the driver error as its cause', () => {
    const cause = serverError('Neo.ClientError.Statement.SyntaxError', "Invalid input 'MATC'");
    const e = toStoreError(cause);
    expect(e).toBeInstanceOf(StoreError);
    expect(e.message).not.toContain('MATC');
    expect(e.cause).toBe(cause);
  });

  it('passes a StoreError through and maps anything else to INTERNAL', () => {
    const already = new StoreError('LOCKED', 'x');
    expect(toStoreError(already)).toBe(already);
    expect(toStoreError(new RangeError('integer out of range')).kind).toBe('INTERNAL');
  });
});
