/**
 * GraphQL results → Cytoscape element definitions. Relation ids (`from~TYPE~to`) never collide with
 * entity slugs, so both can be element ids as they are.
 */
import type { EntityKind, EvidenceFields, NodeFields, RelationFields } from '../api/types.js';

/** `data` of a node element. */
export interface NodeData {
  id: string;
  kind: EntityKind;
  name: string;
  /** What the canvas prints: the name, shortened when long. */
  label: string;
  aliases: string[];
  degree: number;
  date: string | null;
}

/** `data` of an edge element. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The type as words, shown on hover and when zoomed in. */
  label: string;
  status: string | null;
  since: string | null;
  until: string | null;
  /** Distinct sources behind the link (near-copies not counted): drives the line width. */
  sources: number;
  /** The quotes and their sources, so exports carry the evidence of every link. */
  evidence: EvidenceFields[];
}

/** An element definition with typed data (structurally a Cytoscape `ElementDefinition`). */
export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  classes: string;
}

/** See NodeElement. */
export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
  classes: string;
}

/** Longest label printed on the canvas; the full name is in the details panel. */
const MAX_LABEL = 28;

/** The name shortened to MAX_LABEL characters with an ellipsis. */
export function shortLabel(name: string): string {
  return name.length <= MAX_LABEL ? name : `${name.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/** 'SUSPECTED_OF' → 'suspected of'. */
export function typeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** A node element for an entity. */
export function toNodeElement(node: NodeFields): NodeElement {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      kind: node.kind,
      name: node.name,
      label: shortLabel(node.name),
      aliases: node.aliases,
      degree: node.degree,
      date: node.date ?? null,
    },
    classes: `kind-${node.kind.toLowerCase()}`,
  };
}

/** An edge element for a relation; its classes carry the status so styles can dash uncertain links. */
export function toEdgeElement(relation: RelationFields): EdgeElement {
  const label = relation.status
    ? `${typeLabel(relation.type)} (${relation.status})`
    : typeLabel(relation.type);
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.from.id,
      target: relation.to.id,
      type: relation.type,
      label,
      status: relation.status,
      since: relation.since,
      until: relation.until,
      sources: relation.independentSources,
      evidence: relation.evidence,
    },
    classes: `status-${relation.status ?? 'unstated'}`,
  };
}
