/**
 * A failure the user can fix, detected where it happens: what went wrong (`message`) and what to
 * do about it (`hint`). Command-line entry points print these in a line or two, without a stack
 * trace (see cli/report-error.ts); anything else is a bug and says so.
 */
export class UserError extends Error {
  /** Process exit code for a command that ends on this error. */
  readonly exitCode: number = 1;

  constructor(
    message: string,
    readonly hint?: string,
    /** Long supporting text (a log tail), printed only with DEBUG=actorgraph. */
    readonly details?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
