/** Real failures (not data issues): one family, a subclass per boundary. Messages never carry secrets. */
import type { Issue } from './types/domain.ts';

export class PipelineError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  /** Data issues that caused the failure, when there are any (all of them, not only the first). */
  readonly issues: Issue[];

  constructor(code: string, message: string, options: { hint?: string; cause?: unknown; issues?: Issue[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PipelineError';
    this.code = code;
    this.hint = options.hint;
    this.issues = options.issues ?? [];
  }
}

/** Bad input data (sources, manifest, records failing their schema): exit code 1. */
export class DataError extends PipelineError {
  override readonly name = 'DataError';
}

/** Bad command line or configuration: exit code 2. */
export class UsageError extends PipelineError {
  override readonly name = 'UsageError';
}

/** Formats issues as lines for a terminal: "code: message (location) — hint". */
export function formatIssue(issue: Issue): string {
  const loc = issue.location;
  const where = loc
    ? [loc.file ?? loc.source, loc.dataset, loc.record && `record ${loc.record}`, loc.field && `field ${loc.field}`]
        .filter(Boolean)
        .join(', ')
    : '';
  return `${issue.severity} [${issue.code}] ${where ? `${where}: ` : ''}${issue.message}${issue.hint ? ` (hint: ${issue.hint})` : ''}`;
}
