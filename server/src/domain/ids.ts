/**
 * Relationship ids are readable and start with the start entity's id — `is-k~RIVAL_OF~taliban` —
 * so a lookup by id expands from one indexed node (cypher/relation/by-ids.cypher). Entity ids are
 * slugs without `~`. A dated relationship adds its start date, so two periods of the same link
 * (e.g. GOVERNS 1996 and 2021) stay distinct.
 */
export function relationId(from: string, type: string, to: string, since?: string | null): string {
  return [from, type, to, ...(since ? [since] : [])].join('~');
}

/** Entity ids: lower-case letters, digits and single hyphens, 1 to 120 characters. */
export const ENTITY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isEntityId(value: string): boolean {
  return value.length <= 120 && ENTITY_ID_PATTERN.test(value);
}

/** The two entity ids a relation id names (`from~TYPE~to[~since]`), whether or not it exists. */
export function relationEndpoints(id: string): [from: string, to: string] {
  const [from = '', , to = ''] = id.split('~');
  return [from, to];
}
