/**
 * The seed graph read straight from seeds/*.json, so browser tests can work out what a view must
 * show (nodes, links, statuses, attacks per year) instead of hard-coding counts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** An entity as the seeds give it, with its kind. */
export interface SeedEntity {
  id: string;
  kind: string;
  name: string;
  date?: string | null;
}

/** A link as stored: the id the server gives it, its ends and its evidence. */
export interface SeedRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  status: string | null;
  since: string | null;
  until: string | null;
  evidence: { source: string; quote: string }[];
}

const FILES: [string, string][] = [
  ['groups', 'Group'],
  ['persons', 'Person'],
  ['attacks', 'Attack'],
  ['states', 'State'],
  ['places', 'Place'],
  ['organizations', 'Organization'],
  ['communities', 'Community'],
  ['sources', 'Source'],
];

function read<T>(name: string): T[] {
  return JSON.parse(readFileSync(path.resolve('seeds', `${name}.json`), 'utf8')) as T[];
}

/** Every seed entity by id. */
export const entities = new Map<string, SeedEntity>(
  FILES.flatMap(([file, kind]) =>
    read<{ id: string; name?: string; title?: string; date?: string | null }>(file).map((e) => [
      e.id,
      { id: e.id, kind, name: e.name ?? e.title ?? e.id, date: e.date ?? null },
    ]),
  ),
);

/** Same rule as server/src/domain/ids.ts. */
const relationId = (from: string, type: string, to: string, since: string | null) =>
  [from, type, to, ...(since ? [since] : [])].join('~');

/** relations.json, plus the REPORTED_BY link each attack's casualty report makes to its source. */
export const relations: SeedRelation[] = [
  ...read<Omit<SeedRelation, 'id'>>('relations').map((r) => ({
    ...r,
    id: relationId(r.from, r.type, r.to, r.since),
  })),
  ...read<{ id: string; casualtyReports?: { source: string; quote: string }[] }>('attacks').flatMap(
    (a) =>
      [...new Set((a.casualtyReports ?? []).map((c) => c.source))].map((source) => ({
        id: relationId(a.id, 'REPORTED_BY', source, null),
        type: 'REPORTED_BY',
        from: a.id,
        to: source,
        status: null,
        since: null,
        until: null,
        evidence: (a.casualtyReports ?? []).filter((c) => c.source === source),
      })),
  ),
];

/** What the canvas shows for `expanded` neighbourhoods minus `hidden` nodes (see client compose.ts). */
export function seedView(
  expanded: string[],
  hidden: string[] = [],
): { nodes: string[]; edges: SeedRelation[] } {
  const incident = relations.filter((r) => expanded.includes(r.from) || expanded.includes(r.to));
  const nodes = new Set([...expanded, ...incident.flatMap((r) => [r.from, r.to])]);
  hidden.forEach((id) => nodes.delete(id));
  const edges = incident.filter((r) => nodes.has(r.from) && nodes.has(r.to));
  return { nodes: [...nodes].sort(), edges: edges.sort((a, b) => a.id.localeCompare(b.id)) };
}

/** Ids of a list of relations, sorted. */
export const idsOf = (edges: SeedRelation[]): string[] => edges.map((e) => e.id).sort();
