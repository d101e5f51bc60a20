/**
 * One dataset event as graph writes, through graph-write.ts like every other path into the graph:
 * the attack, the entities met for the first time (with the row that named them as evidence),
 * and the links, each evidenced by the dataset source and the row's column=value pairs.
 */
import {
  casualtyReportWrite,
  type EntityRecord,
  entityWrite,
  type EvidenceRecord,
  type RelationRecord,
  relationWrite,
} from '../domain/graph-write.js';
import { unsafeTextProblem } from '../domain/safe-text.js';
import type { DatasetEvent } from './dataset-event.js';
import type { NameResolver } from './resolve/name-resolver.js';
import { RowRejected } from './row-fields.js';

export interface GraphWrites {
  entities: ReturnType<typeof entityWrite>[];
  relations: ReturnType<typeof relationWrite>[];
  /** RELATED_TO links, written apart: their other attack may not be in the graph yet. */
  related: ReturnType<typeof relationWrite>[];
  reports: ReturnType<typeof casualtyReportWrite>[];
}

export const emptyWrites = (): GraphWrites => ({
  entities: [],
  relations: [],
  related: [],
  reports: [],
});

/** `record`, unless its name holds characters no name may (domain/safe-text.ts): then RowRejected. */
function checked(record: EntityRecord): EntityRecord {
  const problem = unsafeTextProblem(record.name);
  if (problem) throw new RowRejected(`${record.kind} name "${record.name}" ${problem}`);
  return record;
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
  const evidence = (quote: string): EvidenceRecord[] => [{ source, quote }];
  const entity = (record: EntityRecord) => into.entities.push(entityWrite(checked(record)));
  const relation = (record: Omit<RelationRecord, 'evidence'>, quote: string) =>
    into.relations.push(relationWrite({ ...record, evidence: evidence(quote) }));

  const write = entityWrite(checked({ ...event.attack, evidence: evidence(event.quote) }));
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
  // The most specific place known: each level is looked up inside the one before, then the state.
  let where = state?.id;
  for (const place of event.places) {
    if (!state || !where) break;
    const found = resolver.place(place.placeType, place.name, [...new Set([where, state.id])]);
    if (!found) continue;
    if (found.created) {
      entity({
        id: found.id,
        kind: 'Place',
        name: place.name,
        placeType: place.placeType,
        evidence: evidence(event.locationQuote),
      });
      relation({ type: 'IN', from: found.id, to: where }, event.locationQuote);
    }
    where = found.id;
  }
  if (where) relation({ type: 'OCCURRED_IN', from: attack, to: where }, event.locationQuote);

  const linked = new Set<string>();
  for (const actor of event.actors) {
    const found = resolver.actor(actor.kind, actor.name);
    if (!found || linked.has(found.id)) continue;
    linked.add(found.id);
    if (found.created) {
      entity({ id: found.id, kind: actor.kind, name: actor.name, evidence: evidence(actor.quote) });
    }
    const [from, to] = actor.type === 'TARGETED' ? [attack, found.id] : [found.id, attack];
    relation({ type: actor.type, from, to, status: actor.status }, actor.quote);
  }

  if (event.casualties) {
    into.reports.push(casualtyReportWrite({ attack, source, ...event.casualties }));
  }
  addRelatedWrites(event, source, into);
}

/** The RELATED_TO links of `event`: one per pair whichever row names it, from the lower id, with each row's quote. */
export function addRelatedWrites(event: DatasetEvent, source: string, into: GraphWrites): void {
  const attack = event.attack.id;
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
