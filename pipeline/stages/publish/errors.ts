/** The publish boundary's error: a remote service refused or failed. Messages are redacted before construction. */
import { PipelineError } from '../../errors.ts';

/** A remote (GitHub or catalogue) failure: exit code 1. Never carries a secret nor a raw library error. */
export class PublishError extends PipelineError {
  override readonly name = 'PublishError';
  /** HTTP status when the server answered, undefined for network failures and local checks. */
  readonly status: number | undefined;
  /** "METHOD /path" of the failing request, without query string nor credentials. */
  readonly endpoint: string | undefined;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; status?: number; endpoint?: string } = {},
  ) {
    super(code, message, options.hint === undefined ? {} : { hint: options.hint });
    this.status = options.status;
    this.endpoint = options.endpoint;
  }
}
