/** One problem found in the seed files, with where it is. */
export interface SeedIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatIssue(issue: SeedIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}

/** Thrown when the seed does not validate; nothing has been written when it is. */
export class SeedError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(`seed is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` + issues.map(formatIssue).join('\n'));
    this.name = 'SeedError';
  }
}
