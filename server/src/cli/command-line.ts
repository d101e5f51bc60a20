/**
 * Options of a command, declared once: parsed by node:util parseArgs (built in) and printed as the
 * usage text. `--help` prints the usage and exits 0; an unknown option or a bad value throws a
 * UsageError (printed with the usage, exit code 2) instead of a stack trace.
 */
import { parseArgs } from 'node:util';
import { UserError } from '../errors/user-error.js';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** Placeholder of the value in the usage text, e.g. "<rows>". */
  value?: string;
  description: string;
}

export interface CommandSpec {
  /** How it is called, with its positional arguments: "npm run gen -- gtd|acled". */
  usage: string;
  /** One sentence on what it does. */
  summary: string;
  options: Record<string, OptionSpec>;
  /** Most positional arguments it takes (0 when unset). */
  positionals?: number;
}

class UsageError extends UserError {
  override readonly exitCode = 2;
}

/** The usage text of `spec`, as --help prints it. */
function usageText(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value}` : ''}`;
    const fallback = option.default !== undefined ? ` (default: ${String(option.default)})` : '';
    return [flag, `${option.description}${fallback}`] as const;
  });
  rows.push(['-h, --help', 'show this text']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: ${spec.usage}${rows.length > 1 ? ' [options]' : ''}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
  ].join('\n');
}

type Values<S extends CommandSpec> = {
  [K in keyof S['options']]: S['options'][K] extends { type: 'boolean' }
    ? boolean
    : S['options'][K] extends { default: string }
      ? string
      : string | undefined;
};

export interface ParsedCommand<S extends CommandSpec> {
  values: Values<S>;
  positionals: string[];
  /** Throws a UsageError: `problem`, then the usage. */
  fail(problem: string): never;
  /** The value of option `--name` as a whole number of at least 1, or a usage error. */
  positive(name: string, raw: string): number;
}

/** Parses `argv` against `spec`; prints the usage and exits 0 on --help. */
export function parseCommand<S extends CommandSpec>(
  spec: S,
  argv: string[] = process.argv.slice(2),
): ParsedCommand<S> {
  const fail = (problem: string): never => {
    throw new UsageError(problem, usageText(spec));
  };
  const positive = (name: string, raw: string): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      fail(`--${name} must be a whole number of at least 1, got "${raw}".`);
    return value;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usageText(spec));
    process.exit(0);
  }
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, { type, short, default: fallback }]) => [
      name,
      {
        type,
        ...(short ? { short } : {}),
        ...(fallback !== undefined ? { default: fallback } : {}),
      },
    ]),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
    if (positionals.length > (spec.positionals ?? 0)) {
      fail(`Unexpected argument "${positionals[spec.positionals ?? 0]}".`);
    }
    return { values: values as Values<S>, positionals, fail, positive };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // parseArgs says what is wrong (unknown option, missing value) in its message.
    return fail(`${(error as Error).message.split('. ')[0]}.`);
  }
}
