/** Ends a switch over a discriminated union: adding a member makes the `never` argument fail to compile. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
