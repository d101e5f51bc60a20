/**
 * The shapes the explorer reads from the GraphQL API: exactly the fields its operations select
 * (see fragments.ts), so a field dropped from a document shows up as a type error where it is used.
 */

/** `EntityKind` of the schema. */
export type EntityKind =
  'Group' | 'Person' | 'Attack' | 'State' | 'Place' | 'Organization' | 'Community' | 'Source';

/** A node as the canvas needs it (fragment NodeFields). */
export interface NodeFields {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  degree: number;
  /** Attack and Source only. */
  date?: string | null;
  dateApprox?: boolean;
}

/** A source as evidence cites it (fragment SourceFields). */
export interface SourceFields {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  /**
   * Near-copy links to the sources this one copies (it then adds no independent corroboration);
   * only the similarity, which keeps evidence within the server's query depth limit.
   */
  duplicateOf: { similarity: number }[];
}

/** A verbatim quote and where it comes from. */
export interface EvidenceFields {
  quote: string;
  /** True when the quote was found in the source's stored text; `offset` is where it starts. */
  verified: boolean;
  offset: number | null;
  source: SourceFields;
}

/** A link with its evidence (fragment RelationFields). */
export interface RelationFields {
  id: string;
  type: string;
  status: string | null;
  since: string | null;
  until: string | null;
  independentSources: number;
  from: { id: string };
  to: { id: string };
  evidence: EvidenceFields[];
}

/** `Subgraph` of the schema. */
export interface SubgraphFields {
  nodes: NodeFields[];
  relations: RelationFields[];
  truncated: boolean;
}

/** `Path` of the schema. */
export interface PathFields {
  length: number;
  nodes: NodeFields[];
  /** The strongest link of each hop. */
  relations: RelationFields[];
  /** Each hop's parallel links (ids, strongest first); their fields are in `allRelations`. */
  hops: { relations: { id: string }[] }[];
  /** Every link of every hop (the document depth limit keeps them out of `hops`). */
  allRelations: RelationFields[];
  /** 0–1: the weakest hop's score (docs/api.md). */
  strength: number;
}

/** One source's casualty figures for an attack. */
export interface CasualtyReportFields {
  source: SourceFields;
  killed: number | null;
  wounded: number | null;
  qualifier: string | null;
  quote: string;
}

/** Everything the details panel shows about one entity; kind-specific fields are optional. */
export interface EntityDetails extends NodeFields {
  description: string | null;
  evidence: EvidenceFields[];
  updatedAt: string | null;
  role?: string | null;
  dateBasis?: string | null;
  attackType?: string | null;
  eventType?: string | null;
  target?: string | null;
  targetType?: string | null;
  weaponType?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  citations?: string[];
  place?: { id: string; name: string } | null;
  state?: { id: string; name: string } | null;
  casualtyReports?: CasualtyReportFields[];
  iso2?: string | null;
  placeType?: string | null;
  within?: { id: string; name: string; kind: EntityKind } | null;
  orgType?: string | null;
  title?: string;
  publisher?: string | null;
  url?: string | null;
  duplicateOf?: SourceMatch[];
}

/** `TimelineBucket` of the schema. */
export interface TimelineBucketFields {
  month: string;
  group: { id: string; name: string; kind: EntityKind };
  attacks: number;
  killed: number;
  wounded: number;
}

/** `Vocabulary` of the schema. */
export interface VocabularyFields {
  kinds: EntityKind[];
  relationTypes: { type: string; meaning: string; from: EntityKind[]; to: EntityKind[] }[];
  statuses: string[];
}

/** A source found similar to another, with the similarity of their texts (0–1). */
interface SourceMatch {
  source: { id: string; title: string };
  similarity: number;
}

/** A row of the attacks table (operation AttackTable). */
export interface AttackRow {
  id: string;
  name: string;
  date: string | null;
  dateApprox: boolean;
  attackType: string | null;
  place: { id: string; name: string } | null;
  state: { id: string; name: string } | null;
  perpetrators: {
    actor: { id: string; name: string; kind: EntityKind };
    type: string;
    status: string | null;
    relation: { evidence: { quote: string; source: SourceFields }[] };
  }[];
  casualtyReports: CasualtyReportFields[];
}
