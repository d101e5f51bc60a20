/**
 * The one mapping from domain records to what the write queries store (cypher/edit/upsert-*.cypher),
 * shared by the seed loader, the importers and the editing mutations, so every path into the graph
 * stores the same derived properties: search keys, date spans, validity windows, relation ids.
 */
import { type DateSpan, OPEN_START, parsePartialDate, validityWindow } from './dates.js';
import { searchProperties } from './names.js';
import { relationId } from './ids.js';
import type { EntityKind } from './vocabulary.js';

export interface EvidenceRecord {
  source: string;
  quote: string;
  /** Where the quote starts in its source's text, when verified against it. */
  offset?: number | null | undefined;
  /** Credibility of the information, 1–6 (domain/grades.ts); absent when ungraded. */
  credibility?: number | null | undefined;
}

/**
 * The evidence lists edit/_merge-evidence appends; offset -1 marks an unverified quote,
 * credibility 0 an ungraded one.
 */
function evidenceLists(evidence: readonly EvidenceRecord[]) {
  return {
    evidenceSources: evidence.map((e) => e.source),
    evidenceQuotes: evidence.map((e) => e.quote),
    evidenceOffsets: evidence.map((e) => e.offset ?? -1),
    evidenceCredibility: evidence.map((e) => e.credibility ?? 0),
  };
}

/** What any entity may carry; kind-specific fields are ignored for other kinds. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: readonly string[] | undefined;
  description?: string | null | undefined;
  evidence?: readonly EvidenceRecord[] | undefined;
  role?: string | null | undefined;
  iso2?: string | null | undefined;
  placeType?: string | null | undefined;
  orgType?: string | null | undefined;
  date?: string | null | undefined;
  dateApprox?: boolean | null | undefined;
  dateBasis?: string | null | undefined;
  attackType?: string | null | undefined;
  title?: string | null | undefined;
  publisher?: string | null | undefined;
  url?: string | null | undefined;
  file?: string | null | undefined;
  sha256?: string | null | undefined;
  /** Source: reliability A–F (domain/grades.ts). */
  reliability?: string | null | undefined;
  location?: GeoLocation | null | undefined;
}

/** A point in degrees and how exactly it is known (GeoPoint in the API). */
export interface GeoLocation {
  latitude: number;
  longitude: number;
  precision: string;
}

export interface RelationRecord {
  type: string;
  from: string;
  to: string;
  status?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  evidence: readonly EvidenceRecord[];
}

export interface CasualtyReportRecord {
  attack: string;
  source: string;
  killed: number | null;
  wounded: number | null;
  qualifier?: string | null | undefined;
  quote: string;
}

const KIND_FIELDS: Partial<Record<EntityKind, readonly (keyof EntityRecord)[]>> = {
  Person: ['role'],
  State: ['iso2'],
  Place: ['placeType'],
  Organization: ['orgType'],
  Attack: ['dateApprox', 'dateBasis', 'attackType'],
  Source: ['title', 'publisher', 'dateApprox', 'dateBasis', 'url', 'file', 'sha256', 'reliability'],
};

function dateProperties(kind: EntityKind, date: string | null | undefined) {
  if (date === undefined) return {};
  const span: DateSpan | undefined = date === null ? undefined : parsePartialDate(date);
  if (kind !== 'Attack') return { date: span?.value ?? null };
  // Undated attacks sort last and fall outside every date window.
  return {
    date: span?.value ?? null,
    dateStart: span?.start ?? OPEN_START,
    dateEnd: span?.end ?? OPEN_START,
    datePrecision: span?.precision ?? null,
  };
}

/** Parameters of one row of edit/upsert-entities. Fields left undefined are not touched. */
export function entityWrite(entity: EntityRecord) {
  const aliases = [...new Set((entity.aliases ?? []).filter((a) => a !== entity.name))];
  const properties: Record<string, unknown> = {
    kind: entity.kind,
    name: entity.name,
    aliases,
    ...searchProperties(entity.name, aliases),
    ...dateProperties(entity.kind, entity.date),
  };
  if (entity.description !== undefined) properties.description = entity.description;
  // edit/upsert-entities derives the `location` point from these.
  if (entity.location !== undefined) {
    properties.latitude = entity.location?.latitude ?? null;
    properties.longitude = entity.location?.longitude ?? null;
    properties.locationPrecision = entity.location?.precision ?? null;
  }
  for (const field of KIND_FIELDS[entity.kind] ?? []) {
    if (entity[field] !== undefined) properties[field] = entity[field];
  }
  return {
    id: entity.id,
    kind: entity.kind,
    properties,
    ...evidenceLists(entity.evidence ?? []),
  };
}

/** Parameters of one row of edit/upsert-relations. */
export function relationWrite(relation: RelationRecord) {
  return {
    id: relationId(relation.from, relation.type, relation.to, relation.since),
    type: relation.type,
    from: relation.from,
    to: relation.to,
    properties: {
      status: relation.status ?? null,
      since: relation.since ?? null,
      until: relation.until ?? null,
      ...validityWindow(relation.since, relation.until),
    },
    ...evidenceLists(relation.evidence),
  };
}

/** Parameters of one row of edit/upsert-casualty-reports. */
export function casualtyReportWrite(report: CasualtyReportRecord) {
  return {
    id: relationId(report.attack, 'REPORTED_BY', report.source),
    attack: report.attack,
    source: report.source,
    killed: report.killed,
    wounded: report.wounded,
    qualifier: report.qualifier ?? null,
    quote: report.quote,
  };
}
