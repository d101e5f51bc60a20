/**
 * The seed graph as the browser tests need it, built on the API tests' reading of seeds/*.json
 * (tests/support/graphql/seed-graph.ts), so browser tests can work out what a view must show
 * (nodes, links, statuses, attacks per year) instead of hard-coding counts.
 */
import {
  attacks,
  entities as seedEntities,
  relationIdOf,
  relations as seedRelations,
  type SeedRelation as StoredRelation,
} from '../support/graphql/seed-graph.js';

/** An entity as the seeds give it, with its kind. */
export interface SeedEntity {
  id: string;
  kind: string;
  name: string;
  date?: string | null;
}

/** A link as stored, with the id the server gives it. */
export interface SeedRelation extends StoredRelation {
  id: string;
}

/** Every seed entity by id. */
export const entities = new Map<string, SeedEntity>(
  seedEntities.map((e) => [
    e.id,
    { id: e.id, kind: e.kind, name: e.name, date: (e.date as string | null | undefined) ?? null },
  ]),
);

/** relations.json, plus the REPORTED_BY link each attack's casualty report makes to its source. */
export const relations: SeedRelation[] = [
  ...seedRelations.map((r) => ({ ...r, id: relationIdOf(r) })),
  ...attacks.flatMap((a) => {
    const reports = a.casualtyReports ?? [];
    return [...new Set(reports.map((c) => c.source))].map((source) => {
      const link = { type: 'REPORTED_BY', from: a.id, to: source, since: null, until: null };
      return {
        ...link,
        id: relationIdOf(link),
        status: null,
        evidence: reports
          .filter((c) => c.source === source)
          .map(({ quote }) => ({ source, quote })),
      };
    });
  }),
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

/**
 * The nodes of `view` still shown when only `shownEdges` are: a node keeps its place when one of
 * its links is shown, when it had no link in view at all, or when it is one of `kept` (opened,
 * selected, a trace end); the others were left alone by a filter and are hidden (client orphans.ts).
 */
export function nodesWithLinks(
  view: { nodes: string[]; edges: SeedRelation[] },
  shownEdges: SeedRelation[],
  kept: string[],
): string[] {
  const ends = (edges: SeedRelation[]) => new Set(edges.flatMap((r) => [r.from, r.to]));
  const linked = ends(view.edges);
  const shown = ends(shownEdges);
  return view.nodes.filter((id) => kept.includes(id) || shown.has(id) || !linked.has(id));
}
