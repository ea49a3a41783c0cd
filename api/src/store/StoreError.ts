/** What an adapter raises. Driver messages stay in `cause` (for the log); the API shows only the kind. */
export type StoreErrorKind = 'TIMEOUT' | 'LOCKED' | 'UNAVAILABLE' | 'INTERNAL';

export class StoreError extends Error {
  constructor(readonly kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
