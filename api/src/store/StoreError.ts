/**
 * What an adapter raises. Driver messages stay in `cause` (for the log); the API shows only the kind, except
 * for NOT_FOUND and CONFLICT, whose messages the adapters write themselves and name only our own ids.
 */
export type StoreErrorKind = 'TIMEOUT' | 'LOCKED' | 'UNAVAILABLE' | 'INTERNAL' | 'NOT_FOUND' | 'CONFLICT';

export class StoreError extends Error {
  constructor(readonly kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
