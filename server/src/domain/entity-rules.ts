/**
 * The rules every entity obeys, whichever way it enters the graph: the seed files
 * (seed/seed-format.ts), the editing mutations (graphql/resolvers/editing/upsert-entity.ts) and the
 * importers (importers/event-writes.ts). Each returns why a value may not be stored, phrased to
 * follow the field's name ("name is 301 characters; …"), or undefined when it may.
 */
import { unsafeTextProblem } from './safe-text.js';
import { ORGANIZATION_TYPES, PLACE_TYPES } from './vocabulary.js';

/** Longest name, alias or title, counted after trimming. */
const MAX_NAME_LENGTH = 300;
/** Most spellings one entity may carry besides its name. */
const MAX_ALIASES = 100;
const MAX_DESCRIPTION_LENGTH = 5000;

/**
 * A name, alias or title: one line of safe characters (checked before trimming, so a trailing line
 * feed is refused rather than silently cut), not blank, at most MAX_NAME_LENGTH once trimmed.
 */
export function nameProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'must not be empty';
  if (trimmed.length > MAX_NAME_LENGTH)
    return `is ${trimmed.length} characters; at most ${MAX_NAME_LENGTH}`;
  return unsafeTextProblem(value);
}

export function aliasCountProblem(aliases: readonly unknown[]): string | undefined {
  return aliases.length > MAX_ALIASES
    ? `holds ${aliases.length} spellings; at most ${MAX_ALIASES}`
    : undefined;
}

/** A description: prose (line breaks and tabs allowed), at most MAX_DESCRIPTION_LENGTH. */
export function descriptionProblem(value: string): string | undefined {
  if (value.length > MAX_DESCRIPTION_LENGTH)
    return `is ${value.length} characters; at most ${MAX_DESCRIPTION_LENGTH.toLocaleString('en')}`;
  return unsafeTextProblem(value, true);
}

/** A short free-text field (role, publisher, attack type, date basis, qualifier): one safe line. */
export function lineTextProblem(value: string): string | undefined {
  return unsafeTextProblem(value);
}

export function placeTypeProblem(value: string): string | undefined {
  return (PLACE_TYPES as readonly string[]).includes(value)
    ? undefined
    : `is not a place type; use ${PLACE_TYPES.join(', ')}`;
}

export function orgTypeProblem(value: string): string | undefined {
  return (ORGANIZATION_TYPES as readonly string[]).includes(value)
    ? undefined
    : `is not an organization type; use ${ORGANIZATION_TYPES.join(', ')}`;
}

/** A state's ISO 3166-1 alpha-2 code, as written in capitals: "AF". */
export function iso2Problem(value: string): string | undefined {
  return /^[A-Z]{2}$/.test(value) ? undefined : 'must be two capital letters (ISO 3166-1)';
}
