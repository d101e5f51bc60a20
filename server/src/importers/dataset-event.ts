/**
 * What one dataset row says, before names are resolved to graph entities: the same shape for
 * every dataset, so resolution and graph writing are written once (see event-writes.ts).
 */
import type { EntityRecord } from '../domain/graph-write.js';
import type { Status } from '../domain/vocabulary.js';
import type { RowCitation } from './citation-sources.js';

/** A place named by the row, with its level. */
interface PlaceMention {
  name: string;
  placeType: 'province' | 'district' | 'city';
}

/** A group or state the row links to the event, and the row's words for it. */
export interface ActorMention {
  name: string;
  kind: 'Group' | 'State';
  type: 'CLAIMED' | 'SUSPECTED_OF' | 'PERPETRATED' | 'TARGETED';
  status: Status;
  quote: string;
}

export interface DatasetEvent {
  /** The Attack entity; `id` is the dataset's id with its prefix, e.g. gtd-201901010001. */
  attack: EntityRecord & { kind: 'Attack'; date: string };
  /** Dataset fields kept on the attack beyond the shared ones (citations, coordinates, targets). */
  extra: Record<string, string | number | string[] | null>;
  /** The row's identifying columns, the evidence for the attack and where it happened. */
  quote: string;
  country: string;
  /** Outermost first: province, then district, then city; unknown levels left out. */
  places: PlaceMention[];
  locationQuote: string;
  actors: ActorMention[];
  casualties: { killed: number | null; wounded: number | null; quote: string } | null;
  /** Ids of other attacks the row says belong to the same incident. */
  related: string[];
  relatedQuote: string;
  /** The row's citation texts (empty ones allowed): each becomes a source the row's links cite. */
  citations: RowCitation[];
}
