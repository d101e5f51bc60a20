/**
 * The rows the Cypher queries return (their RETURN aliases), which resolvers receive as parents.
 * Integers arrive as JS numbers (see db/driver.ts).
 */
import type { GeoFilterParams } from './resolvers/attack/attack-geo.js';

export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description?: string | null;
  evidenceSources?: string[];
  evidenceQuotes?: string[];
  evidenceOffsets?: number[];
  evidenceCredibility?: number[];
  degree: number;
  withinId?: string | null;
  /** The sources this one is a near-copy of, and those that are near-copies of it. */
  duplicateOf?: SourceMatchRow[];
  duplicates?: SourceMatchRow[];
  /** Length of the stored text (UTF-16 units); absent when the source has none. */
  textLength?: number | null;
  createdBy?: string | null;
  createdAt?: string | null;
  updatedBy?: string | null;
  updatedAt?: string | null;
  role?: string | null;
  iso2?: string | null;
  placeType?: string | null;
  orgType?: string | null;
  date?: string | null;
  dateApprox?: boolean | null;
  dateBasis?: string | null;
  attackType?: string | null;
  eventType?: string | null;
  target?: string | null;
  targetType?: string | null;
  weaponType?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  /** How exact latitude/longitude are (GeoPoint.precision). */
  locationPrecision?: string | null;
  citations?: string[] | null;
  dbsource?: string | null;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  file?: string | null;
  sha256?: string | null;
  reliability?: string | null;
}

export interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  status?: string | null;
  since?: string | null;
  until?: string | null;
  evidenceSources?: string[];
  evidenceQuotes?: string[];
  evidenceOffsets?: number[];
  evidenceCredibility?: number[];
  createdBy?: string | null;
  createdAt?: string | null;
  updatedBy?: string | null;
  updatedAt?: string | null;
}

export type { StoredEvidence as EvidenceRow } from '../domain/stored-evidence.js';

export interface SourceMatchRow {
  id: string;
  similarity: number;
}

/** A source's stored text (cypher/source/texts-of.cypher); text null when it has none. */
export interface SourceTextRow {
  id: string;
  /** The SHA-256 of `text`, null with it. */
  sha256: string | null;
  text: string | null;
  excluded: string[];
}

export interface CasualtyReportRow {
  sourceId: string;
  killed: number | null;
  wounded: number | null;
  qualifier: string | null;
  quote: string;
}

export interface AttackDetailsRow {
  id: string;
  perpetrators: RelationRow[];
  casualtyReports: CasualtyReportRow[];
  placeId: string | null;
  stateId: string | null;
}

export interface SubgraphRow {
  nodeIds: string[];
  relations: RelationRow[];
  truncated: boolean;
}

/** A chain as cypher/path/*-between.cypher finds it: its nodes and, per hop, every parallel link. */
export interface PathCandidateRow {
  nodeIds: string[];
  hops: RelationRow[][];
}

/** A hop of a ranked path: its links strongest first, and the score of the best one. */
export interface PathHopRow {
  from: string;
  to: string;
  relations: RelationRow[];
  score: number;
}

/** A ranked path (resolvers/path/rank-paths.ts). */
export interface PathRow {
  nodeIds: string[];
  hops: PathHopRow[];
  strength: number;
}

/** `connection(a, b)`: its parts as ids and rows; entities load through the loaders. */
export interface ConnectionRow {
  direct: RelationRow[];
  commonNeighbors: CommonNeighborRow[];
  sharedAttackIds: string[];
  sharedPlaceIds: string[];
  /** The pair and bounds, for the `paths` field (resolved only when asked for). */
  a: string;
  b: string;
  maxHops: number;
  first: number;
}

export interface CommonNeighborRow {
  nodeId: string;
  viaA: RelationRow[];
  viaB: RelationRow[];
}

export interface TimelineRow {
  month: string;
  groupId: string;
  attacks: number;
  killed: number;
  wounded: number;
}

/** One community of `communities`: its rank and member ids (members are loaded by id). */
export interface CommunityRow {
  id: string;
  memberIds: string[];
}

export interface RankedRow {
  id: string;
  degree: number;
}

/** Parameters of cypher/attack/_filter.cypher. */
export type AttackFilterParams = {
  from: string | null;
  to: string | null;
  minKilled: number | null;
  /** Grade filter (cypher/evidence/_meets-grades.cypher, domain/grades.ts). */
  graded: boolean;
  reliabilities: string[];
  credibilities: number[];
  groupIds: string[];
  stateIds: string[];
  placeIds: string[];
  targetIds: string[];
  statuses: string[];
  /** Last day of the asOf/between window; null without one. */
  existsBy: string | null;
  includeUndated: boolean;
  /** Lower-cased, trimmed. */
  attackTypes: string[];
} & GeoFilterParams;

export interface AttackEdgeRow {
  id: string;
  cursor: string;
}

export interface AttackConnectionRow {
  edges: AttackEdgeRow[];
  hasNextPage: boolean;
  filter: AttackFilterParams;
}

/** An entity's GeoPoint, from its stored coordinates; null unless it has both. */
export function locationOf(row: EntityRow) {
  const { latitude, longitude } = row;
  return latitude == null || longitude == null
    ? null
    : { latitude, longitude, precision: row.locationPrecision ?? null };
}

export { evidenceOf } from '../domain/stored-evidence.js';

/** What addSource answers with: the source's row, whether it was created, its near-copies. */
export interface AddSourceResultRow {
  source: EntityRow;
  created: boolean;
  duplicates: SourceMatchRow[];
}

/**
 * cypher/investigation/_projection.cypher: `state` is the stored JSON text of the view; a page of
 * the list (investigation/page.cypher) leaves it out.
 */
export interface InvestigationRow {
  id: string;
  name: string;
  notes: string;
  state?: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** A row of import/duplicate-candidates: the pair's entity ids, resolved by the loaders. */
export interface DuplicateCandidateRow {
  id: string;
  kind: string;
  first: string;
  second: string;
  score: number;
  reason: string;
  /** The two entities, read with the pair (so neither can be gone by the time it is answered). */
  firstEntity: EntityRow;
  secondEntity: EntityRow;
}
