/**
 * The seed graph as the API tests expect to find it, read from seeds/*.json (the files the global
 * setup loaded). Expectations are derived from here rather than written out, so a test states a
 * rule ("every alias finds its entity") and the seed files supply the cases.
 */
import { readFileSync } from 'node:fs';

export interface SeedEvidence {
  source: string;
  quote: string;
}

interface SeedCasualtyReport {
  source: string;
  killed: number | null;
  wounded: number | null;
  qualifier?: string | null;
  quote: string;
}

export interface SeedEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  evidence: SeedEvidence[];
  [field: string]: unknown;
}

export interface SeedAttack extends SeedEntity {
  date: string | null;
  casualtyReports: SeedCasualtyReport[];
}

export interface SeedRelation {
  type: string;
  from: string;
  to: string;
  status: string | null;
  since: string | null;
  until: string | null;
  evidence: SeedEvidence[];
}

const read = <T>(file: string): T[] =>
  JSON.parse(readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8')) as T[];

const KIND_FILES = {
  Group: 'groups.json',
  Person: 'persons.json',
  State: 'states.json',
  Place: 'places.json',
  Organization: 'organizations.json',
  Community: 'communities.json',
  Attack: 'attacks.json',
} as const;

export const sources = read<SeedEntity & { title: string }>('sources.json').map((s) => ({
  ...s,
  kind: 'Source',
  name: s.title,
  aliases: [] as string[],
  evidence: [] as SeedEvidence[],
}));

/** Every seed entity but the sources, with its kind. */
/** A seed quote as the API returns it: the stored span (offset, length) stays in the seeds. */
const asEvidence = ({ source, quote }: SeedEvidence): SeedEvidence => ({ source, quote });
const asReport = ({ source, killed, wounded, qualifier, quote }: SeedCasualtyReport) => ({
  source,
  killed,
  wounded,
  qualifier,
  quote,
});

export const actors: SeedEntity[] = Object.entries(KIND_FILES).flatMap(([kind, file]) =>
  read<SeedEntity>(file).map((e) => ({
    ...e,
    kind,
    aliases: e.aliases ?? [],
    evidence: e.evidence.map(asEvidence),
    ...(Array.isArray(e.casualtyReports)
      ? { casualtyReports: (e.casualtyReports as SeedCasualtyReport[]).map(asReport) }
      : {}),
  })),
);
export const entities: SeedEntity[] = [...actors, ...sources];
export const entityById = new Map(entities.map((e) => [e.id, e]));
export const attacks = actors.filter((e): e is SeedAttack => e.kind === 'Attack');
export const relations = read<SeedRelation>('relations.json').map((r) => ({
  ...r,
  evidence: r.evidence.map(asEvidence),
}));

/** The near-copy among the seed sources, as stored in duplicate-sources.json. */
export const DUPLICATE = read<{ duplicate: string; original: string; similarity: number }>(
  'duplicate-sources.json',
).map(({ duplicate, original, similarity }) => ({ duplicate, original, similarity }))[0]!;

export const PERPETRATOR_TYPES = ['CLAIMED', 'SUSPECTED_OF', 'PERPETRATED'];

/** The API's relationship id: `from~TYPE~to`, plus `~since` for a dated link. */
export const relationIdOf = (r: Pick<SeedRelation, 'from' | 'type' | 'to' | 'since'>) =>
  [r.from, r.type, r.to, ...(r.since ? [r.since] : [])].join('~');
export const relationById = new Map(relations.map((r) => [relationIdOf(r), r]));

/** Relationships of `id` in the database: seed relations, casualty reports and the duplicate link. */
export function degreeOf(id: string): number {
  const links = relations.filter((r) => r.from === id || r.to === id).length;
  const reports = attacks
    .flatMap((a) => a.casualtyReports.map((c) => [a.id, c.source]))
    .filter((pair) => pair.includes(id)).length;
  const duplicate = Object.values(DUPLICATE).includes(id) ? 1 : 0;
  return links + reports + duplicate;
}

/** The first and last day a partial ISO date can mean. */
export function dateSpan(value: string): { start: string; end: string } {
  const [year, month, day] = value.split('-');
  if (day) return { start: value, end: value };
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return {
      start: `${year}-${month}-01`,
      end: `${year}-${month}-${String(last).padStart(2, '0')}`,
    };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The date of the attack at one end of `r`, when that end is a dated attack. */
const attackDateOf = (r: SeedRelation) =>
  [r.from, r.to]
    .map((id) => entityById.get(id))
    .find((e): e is SeedAttack => e?.kind === 'Attack' && Boolean(e.date))?.date;

/** True when `r` has a date: a since, an until or a dated attack at an end (docs/data-model.md). */
export const isDated = (r: SeedRelation) => Boolean(r.since || r.until || attackDateOf(r));

/**
 * True when the relation is in force at some time in [from, to] (docs/data-model.md, "Time"):
 * since..until with open ends open, and not before the date of an attack at either end. Undated
 * relations count only with `includeUndated`. Written out here from the rule, not from the Cypher.
 */
export function validDuring(
  r: SeedRelation,
  from: string | null,
  to: string | null,
  includeUndated = false,
): boolean {
  if (!isDated(r)) return includeUndated;
  const attackDate = attackDateOf(r);
  const starts = [r.since, attackDate].filter((d): d is string => Boolean(d));
  const validFrom =
    starts
      .map((d) => dateSpan(d).start)
      .sort()
      .at(-1) ?? '0000-01-01';
  const validTo = r.until ? dateSpan(r.until).end : '9999-12-31';
  const windowStart = from ? dateSpan(from).start : '0000-01-01';
  const windowEnd = to ? dateSpan(to).end : '9999-12-31';
  return validFrom <= validTo && validFrom <= windowEnd && validTo >= windowStart;
}

/** Entities within `depth` hops of `id` over the relations that pass, and those relations. */
export function neighbourhood(
  id: string,
  depth: number,
  passes: (r: SeedRelation) => boolean = () => true,
) {
  const nodes = new Set([id]);
  const found = new Set<SeedRelation>();
  let frontier = new Set([id]);
  for (let level = 0; level < depth; level++) {
    const next = new Set<string>();
    for (const r of relations.filter(
      (r) => passes(r) && (frontier.has(r.from) || frontier.has(r.to)),
    )) {
      found.add(r);
      for (const n of [r.from, r.to]) if (!nodes.has(n)) next.add(n);
    }
    next.forEach((n) => nodes.add(n));
    frontier = next;
  }
  return { nodeIds: [...nodes].sort(), relationIds: [...found].map(relationIdOf).sort() };
}

/** Hops of the shortest undirected chain from `from` to `to`, or undefined when there is none. */
export function distance(
  from: string,
  to: string,
  passes: (r: SeedRelation) => boolean = () => true,
): number | undefined {
  for (let depth = 1; depth <= 6; depth++) {
    if (neighbourhood(from, depth, passes).nodeIds.includes(to)) return depth;
  }
  return undefined;
}

/** The ids of the entities linked to `id` by any relation that passes. */
export function neighboursOf(
  id: string,
  passes: (r: SeedRelation) => boolean = () => true,
): Set<string> {
  return new Set(
    relations
      .filter((r) => passes(r) && (r.from === id || r.to === id))
      .map((r) => (r.from === id ? r.to : r.from)),
  );
}

/** Places and states an attack lies in: its OCCURRED_IN targets and everything they are IN. */
export function whereAttack(attackId: string): Set<string> {
  const found = new Set<string>();
  let frontier = relations
    .filter((r) => r.type === 'OCCURRED_IN' && r.from === attackId)
    .map((r) => r.to);
  while (frontier.length > 0) {
    frontier.forEach((p) => found.add(p));
    frontier = relations
      .filter((r) => r.type === 'IN' && frontier.includes(r.from) && !found.has(r.to))
      .map((r) => r.to);
  }
  return found;
}

/** Perpetrator links (CLAIMED, SUSPECTED_OF, PERPETRATED) into an attack. */
export const perpetratorLinks = (attackId: string) =>
  relations.filter((r) => PERPETRATOR_TYPES.includes(r.type) && r.to === attackId);

/** Highest killed figure any source reports for the attack (null when none gives one). */
export function maxKilled(attack: SeedAttack): number | null {
  const figures = attack.casualtyReports
    .map((c) => c.killed)
    .filter((k): k is number => k !== null);
  return figures.length > 0 ? Math.max(...figures) : null;
}

export function maxWounded(attack: SeedAttack): number | null {
  const figures = attack.casualtyReports
    .map((c) => c.wounded)
    .filter((k): k is number => k !== null);
  return figures.length > 0 ? Math.max(...figures) : null;
}

/** Attack ids in the API's order: newest first, undated last, ties by id descending. */
export function newestFirst(list: readonly SeedAttack[]): string[] {
  const key = (a: SeedAttack) => (a.date ? dateSpan(a.date).start : '0000-01-01');
  return [...list]
    .sort((a, b) => key(b).localeCompare(key(a)) || b.id.localeCompare(a.id))
    .map((a) => a.id);
}
