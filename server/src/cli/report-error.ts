/**
 * How a command-line entry point ends on an error: a UserError (or a seed or database error a user
 * can act on) in a line or two and exit code 1 (2 for usage errors); anything else as a bug. Stack
 * traces only with DEBUG=actorgraph.
 */
import { SeedLoadError } from '../seed/load-seeds.js';
import { SeedValidationError } from '../seed/read-seeds.js';
import { UserError } from '../errors/user-error.js';

/** DEBUG=actorgraph (or a list naming it, or *) asks for stack traces and log tails. */
const debugEnabled = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (env.DEBUG ?? '')
    .split(',')
    .map((s) => s.trim())
    .some((s) => s === 'actorgraph' || s === '*');

/** The seed module's errors, which predate UserError, with what to do about them. */
function seedHint(error: unknown): string | undefined {
  if (error instanceof SeedValidationError)
    return 'Fix the seed files named above; nothing was written to the database.';
  if (error instanceof SeedLoadError)
    return 'The database holds entities that contradict the seeds: fix the seeds or those entities.';
  return undefined;
}

/** Database errors (GraphQLError codes from db/gateway.ts) met while starting. */
function databaseHint(error: unknown): string | undefined {
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  if (code === 'SERVICE_UNAVAILABLE' || code === 'QUERY_TIMEOUT') {
    return 'Check that Neo4j runs and is healthy (npm run db:status, npm run db:logs), then retry.';
  }
  return undefined;
}

/** Prints `error` for a person at a terminal and returns the exit code to end with. */
export function reportError(error: unknown, env: NodeJS.ProcessEnv = process.env): number {
  const debug = debugEnabled(env);
  const hint = error instanceof UserError ? error.hint : (seedHint(error) ?? databaseHint(error));
  if (error instanceof UserError || hint !== undefined) {
    console.error(`Error: ${(error as Error).message}`);
    if (hint) console.error(hint);
    if (debug) {
      if (error instanceof UserError && error.details) console.error(error.details);
      console.error((error as Error).stack);
    }
    return error instanceof UserError ? error.exitCode : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Unexpected error: ${message}`);
  console.error(
    debug
      ? error
      : 'This is a bug: run the command again with DEBUG=actorgraph for the stack trace, and report it.',
  );
  return 1;
}

/** Runs a command's `main`; on an error prints it (see reportError) and exits with its code. */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.exit(reportError(error));
  });
}
