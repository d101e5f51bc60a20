/**
 * One dataset event as graph writes, through graph-write.ts like every other path into the graph:
 * the attack, the entities met for the first time (with the row that named them as evidence),
 * and the links, each evidenced by the dataset source and the row's column=value pairs. The attack
 * and the links the row's citations report (OCCURRED_IN, PERPETRATED, CLAIMED, …) also cite each
 * citation's source with a verified quote (citation-sources.ts); a row without citation text has
 * the dataset evidence only, which is still the row's own words.
 */
import { DATASET_CREDIBILITY } from '../domain/grades.js';
import {
  casualtyReportWrite,
  type EntityRecord,
  entityWrite,
  type EvidenceRecord,
  type RelationRecord,
  relationWrite,
} from '../domain/graph-write.js';
import { nameProblem } from '../domain/entity-rules.js';
import { quoteProblem } from '../domain/evidence-rules.js';
import { nameKey } from '../domain/names.js';
import { type CitationSource, citationSource } from './citation-sources.js';
import type { DatasetEvent } from './dataset-event.js';
import type { Candidate, NameResolver } from './resolve/name-resolver.js';
import { RowRejected } from './row-fields.js';

export interface GraphWrites {
  entities: ReturnType<typeof entityWrite>[];
  relations: ReturnType<typeof relationWrite>[];
  /** RELATED_TO links, written apart: their other attack may not be in the graph yet. */
  related: ReturnType<typeof relationWrite>[];
  reports: ReturnType<typeof casualtyReportWrite>[];
  /** The citation sources the batch cites, one entry per row citing it (merged when written). */
  sources: CitationSource[];
  /** New entities close to existing ones, for a curator (cypher/import/record-candidates). */
  candidates: CandidateWrite[];
}

/** One row of cypher/import/record-candidates. */
export interface CandidateWrite {
  id: string;
  kind: string;
  first: string;
  second: string;
  score: number;
  reason: string;
}

export const emptyWrites = (): GraphWrites => ({
  entities: [],
  relations: [],
  related: [],
  reports: [],
  sources: [],
  candidates: [],
});

/** The row's coordinates (every dataset keeps them in `extra`), when it has both. */
function coordinatesOf(event: DatasetEvent) {
  const { latitude, longitude } = event.extra;
  return typeof latitude === 'number' && typeof longitude === 'number'
    ? { latitude, longitude }
    : null;
}

/** A candidate between `created` and the entity it is close to, one id per unordered pair. */
export function candidateWrite(kind: string, created: string, found: Candidate): CandidateWrite {
  const [first, second] = [created, found.id].sort() as [string, string];
  return {
    id: `${first}|${second}`,
    kind,
    first,
    second,
    score: found.score,
    reason: found.reason,
  };
}

/**
 * RowRejected when a name or quote of the row breaks the rule every name and quote obeys
 * (domain/entity-rules.ts, domain/evidence-rules.ts: the seed files and the API obey them too).
 * Checked before anything of the row is added, so a rejected row adds nothing.
 */
function checkEvent(event: DatasetEvent): void {
  const names: [string, string][] = [
    ['Attack', event.attack.name],
    ['State', event.country],
    ...event.places.map((place): [string, string] => ['Place', place.name]),
    ...event.actors.map((actor): [string, string] => [actor.kind, actor.name]),
  ];
  for (const [kind, name] of names) {
    // A name without letters or digits names nothing; the resolver skips it.
    const problem = nameKey(name) === '' ? undefined : nameProblem(name);
    if (problem) throw new RowRejected(`${kind} name "${name}" ${problem}`);
  }
  checkQuotes([
    event.quote,
    event.locationQuote,
    ...event.actors.map((actor) => actor.quote),
    ...(event.casualties ? [event.casualties.quote] : []),
    ...(event.related.length > 0 ? [event.relatedQuote] : []),
  ]);
}

function checkQuotes(quotes: readonly string[]): void {
  for (const quote of quotes) {
    const problem = quoteProblem(quote);
    if (problem) throw new RowRejected(`quote "${quote.slice(0, 80)}" ${problem}`);
  }
}

/** Adds the writes of `event` to `into`; throws RowRejected when its id belongs to another kind. */
export function addEventWrites(
  event: DatasetEvent,
  resolver: NameResolver,
  source: string,
  into: GraphWrites,
): void {
  const attack = event.attack.id;
  const clash = resolver.kindOf(attack);
  if (clash) throw new RowRejected(`id ${attack} already belongs to a ${clash}`);
  checkEvent(event);
  const cited = event.citations.flatMap((c) => citationSource(source, c) ?? []);
  const citing = cited.map((c) => ({ source: c.id, quote: c.quote, offset: c.offset }));
  into.sources.push(...cited);
  const evidence = (quote: string): EvidenceRecord[] => [
    { source, quote, credibility: DATASET_CREDIBILITY },
  ];
  const entity = (record: EntityRecord) => into.entities.push(entityWrite(record));
  const relation = (record: Omit<RelationRecord, 'evidence'>, quote: string, reported = false) =>
    into.relations.push(
      relationWrite({ ...record, evidence: [...evidence(quote), ...(reported ? citing : [])] }),
    );

  const write = entityWrite({
    ...event.attack,
    evidence: [...evidence(event.quote), ...citing],
  });
  into.entities.push({ ...write, properties: { ...write.properties, ...event.extra } });

  const state = resolver.actor('State', event.country);
  if (state?.created) {
    entity({
      id: state.id,
      kind: 'State',
      name: event.country,
      evidence: evidence(event.locationQuote),
    });
  }
  // The most specific place known: each level is looked up inside the one before, then anywhere
  // in the state; a place found elsewhere gains the row's parent (Karachi IN Sindh).
  let where = state?.id;
  const coordinates = coordinatesOf(event);
  const chain: string[] = [];
  for (const place of event.places) {
    if (!state || !where) break;
    const at = { parent: where, state: state.id, chain };
    const found = resolver.place(place.placeType, place.name, at, coordinates);
    if (!found) continue;
    if (found.created) {
      const write = entityWrite({
        id: found.id,
        kind: 'Place',
        name: place.name,
        placeType: place.placeType,
        evidence: evidence(event.locationQuote),
      });
      // A city keeps its first row's coordinates, so a same-named city far away stays apart.
      const located = place.placeType === 'city' ? (coordinates ?? {}) : {};
      into.entities.push({ ...write, properties: { ...write.properties, ...located } });
      relation({ type: 'IN', from: found.id, to: where }, event.locationQuote);
      if (found.candidate) into.candidates.push(candidateWrite('Place', found.id, found.candidate));
    } else if (found.attachTo) {
      relation({ type: 'IN', from: found.id, to: found.attachTo }, event.locationQuote);
    }
    chain.push(found.id);
    where = found.id;
  }
  if (where) {
    relation({ type: 'OCCURRED_IN', from: attack, to: where }, event.locationQuote, true);
  }

  const linked = new Set<string>();
  for (const actor of event.actors) {
    const found = resolver.actor(actor.kind, actor.name);
    if (!found || linked.has(found.id)) continue;
    linked.add(found.id);
    if (found.created) {
      entity({ id: found.id, kind: actor.kind, name: actor.name, evidence: evidence(actor.quote) });
      if (found.candidate)
        into.candidates.push(candidateWrite(actor.kind, found.id, found.candidate));
    }
    const [from, to] = actor.type === 'TARGETED' ? [attack, found.id] : [found.id, attack];
    relation({ type: actor.type, from, to, status: actor.status }, actor.quote, true);
  }

  if (event.casualties) {
    into.reports.push(casualtyReportWrite({ attack, source, ...event.casualties }));
  }
  addRelatedWrites(event, source, into);
}

/** The RELATED_TO links of `event`: one per pair whichever row names it, from the lower id, with each row's quote. */
export function addRelatedWrites(event: DatasetEvent, source: string, into: GraphWrites): void {
  const attack = event.attack.id;
  if (event.related.length > 0) checkQuotes([event.relatedQuote]);
  for (const other of event.related) {
    const [from, to] = attack < other ? [attack, other] : [other, attack];
    into.related.push(
      relationWrite({
        type: 'RELATED_TO',
        from,
        to,
        evidence: [{ source, quote: event.relatedQuote }],
      }),
    );
  }
}
