/**
 * Checks on arguments that the SDL's types cannot express: ranges, the closed vocabulary, dates.
 * Each failure is BAD_USER_INPUT naming the argument and quoting the value.
 */
import { parsePartialDate, OPEN_END, OPEN_START } from '../domain/dates.js';
import { credibilityProblem, gradeFilter, reliabilityProblem } from '../domain/grades.js';
import { entityIdProblem } from '../domain/ids.js';
import { unsafeTextProblem } from '../domain/safe-text.js';
import { relationTypeProblem, statusProblem } from '../domain/relation-rules.js';
import { DOMAIN_RELATION_TYPES } from '../domain/vocabulary.js';
import { badInput } from '../errors/api-errors.js';

const quote = (value: unknown) => JSON.stringify(value)?.slice(0, 60);
/** `extensions.argumentPath` of a dotted argument name: "filter.statuses" → ["filter", "statuses"]. */
const pathOf = (name: string) => name.split('.');

/** `value` (or `fallback` when absent) within [min, max]. */
export function intInRange(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = value ?? fallback;
  if (n < min || n > max)
    throw badInput(`${name} must be from ${min} to ${max}; got ${n}.`, pathOf(name));
  return n;
}

/**
 * Checks the argument at `path` by a domain rule (domain/*-rules.ts, the rules the seed files and
 * importers obey too): BAD_USER_INPUT naming the argument and quoting its value, e.g.
 * `input.aliases[1] "" must not be empty.` A value whose characters the rule refuses is not echoed
 * (a bidirectional override would garble the message); the problem names the character instead.
 */
export function checkArg<T>(
  path: readonly (string | number)[],
  value: T,
  problemOf: (value: T) => string | undefined,
): T {
  const problem = problemOf(value);
  if (problem === undefined) return value;
  const name = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .slice(1);
  const shown = unsafeTextProblem(JSON.stringify(value) ?? '') ? '' : ` ${quote(value)}`;
  throw badInput(`${name}${shown} ${problem}.`, path);
}

export function entityIdArg(name: string, value: string): string {
  return checkArg(pathOf(name), value, entityIdProblem);
}

/** Relationship types to follow: the given ones, each checked against the vocabulary, or all of them. */
export function relationTypesArg(
  types: readonly string[] | null | undefined,
  name = 'relationTypes',
): string[] {
  if (!types || types.length === 0) return DOMAIN_RELATION_TYPES;
  types.forEach((type, i) => checkArg([...pathOf(name), i], type, relationTypeProblem));
  return [...new Set(types)];
}

export function statusesArg(
  statuses: readonly string[] | null | undefined,
  name: string,
): string[] {
  (statuses ?? []).forEach((status, i) => checkArg([...pathOf(name), i], status, statusProblem));
  return [...(statuses ?? [])];
}

export interface TraceArgs {
  relationTypes?: readonly string[] | null;
  excludeStatuses?: readonly string[] | null;
  asOf?: string | null;
  between?: { from?: string | null; to?: string | null } | null;
  includeUndated?: boolean | null;
  minReliability?: string | null;
  minCredibility?: number | null;
}

/** Parameters of cypher/evidence/_meets-grades.cypher, the grades checked (`prefix`: 'filter.'). */
export function gradeArgs(
  minReliability: string | null | undefined,
  minCredibility: number | null | undefined,
  prefix = '',
) {
  if (minReliability !== null && minReliability !== undefined)
    checkArg(pathOf(`${prefix}minReliability`), minReliability, reliabilityProblem);
  if (minCredibility !== null && minCredibility !== undefined)
    checkArg(pathOf(`${prefix}minCredibility`), minCredibility, credibilityProblem);
  return gradeFilter(minReliability ?? null, minCredibility ?? null);
}

/**
 * The time window of `asOf` or `between` (first and last day; open ends become the extremes) and
 * whether one was given at all. `asOf` is the window of its own date: "2022-06" is June 2022.
 */
export function timeWindow(
  asOf: string | null | undefined,
  between: TraceArgs['between'],
  argumentPath: string[] = [],
) {
  const name = (arg: string) => [...argumentPath, arg].join('.');
  if (asOf && between)
    throw badInput(`Give either ${name('asOf')} or ${name('between')}, not both.`, [
      ...argumentPath,
      'between',
    ]);
  const start = asOf ?? between?.from;
  const end = asOf ?? between?.to;
  const windowStart = start ? (parsePartialDate(start)?.start ?? OPEN_START) : OPEN_START;
  const windowEnd = end ? (parsePartialDate(end)?.end ?? OPEN_END) : OPEN_END;
  if (windowStart > windowEnd)
    throw badInput(`${name('between.from')} (${start}) is after ${name('between.to')} (${end}).`, [
      ...argumentPath,
      'between',
    ]);
  return { timed: Boolean(asOf || between), windowStart, windowEnd };
}

/** Parameters of cypher/relation/_passes-filter.cypher. */
export function traceFilter(args: TraceArgs) {
  return {
    types: relationTypesArg(args.relationTypes),
    excludeStatuses: statusesArg(args.excludeStatuses, 'excludeStatuses'),
    ...timeWindow(args.asOf, args.between),
    includeUndated: args.includeUndated ?? false,
    ...gradeArgs(args.minReliability, args.minCredibility),
  };
}
