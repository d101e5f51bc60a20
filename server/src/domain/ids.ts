/**
 * Relationship ids are readable and start with the start entity's id — `is-k~RIVAL_OF~taliban` —
 * so a lookup by id expands from one indexed node (cypher/relation/by-ids.cypher). Entity ids are
 * slugs without `~`. A dated relationship adds its start date, so two periods of the same link
 * (e.g. GOVERNS 1996 and 2021) stay distinct.
 */
export function relationId(from: string, type: string, to: string, since?: string | null): string {
  return [from, type, to, ...(since ? [since] : [])].join('~');
}

/** Entity ids: lower-case letters, digits and single hyphens, 1 to MAX_ENTITY_ID_LENGTH characters. */
const ENTITY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ENTITY_ID_LENGTH = 120;

export function isEntityId(value: string): boolean {
  return value.length <= MAX_ENTITY_ID_LENGTH && ENTITY_ID_PATTERN.test(value);
}

/** Why `value` is not an entity id, or undefined when it is (the rule of seeds, API and importers). */
export function entityIdProblem(value: string): string | undefined {
  if (isEntityId(value)) return undefined;
  return value.length > MAX_ENTITY_ID_LENGTH
    ? `is ${value.length} characters; an entity id has at most ${MAX_ENTITY_ID_LENGTH}`
    : 'is not an entity id (lower-case letters, digits and single hyphens, such as "is-k")';
}

/** The two entity ids a relation id names (`from~TYPE~to[~since]`), whether or not it exists. */
export function relationEndpoints(id: string): [from: string, to: string] {
  const [from = '', , to = ''] = id.split('~');
  return [from, to];
}
