/**
 * Two records of one actor become one inside a write transaction: what mergeEntities does, and what
 * `npm run import -- --reconcile` does to the twins earlier imports made. Aliases, evidence and every
 * relationship of `mergeId` move to `keepId` (evidence of links both had is combined), then
 * `mergeId` is deleted. Links between the two themselves are dropped: they would be self-loops.
 * Duplicate candidates of `mergeId` become those of `keepId`; the pair of the two is settled.
 * Not reversible yet: the merged entity is gone once the transaction commits.
 */
import type { QueryRunner } from '../db/gateway.js';
import { casualtyReportWrite, entityWrite, relationWrite } from '../domain/graph-write.js';
import { relationId } from '../domain/ids.js';
import { evidenceOf } from '../domain/stored-evidence.js';
import { type EntityKind, isRelationType } from '../domain/vocabulary.js';
import { badInput, notFound } from '../errors/api-errors.js';
import type { EntityRow, RelationRow } from '../graphql/records.js';
import { lockEntities } from './lock-entities.js';

type StoredRelation = RelationRow & {
  killed?: number | null;
  wounded?: number | null;
  qualifier?: string | null;
  quote?: string;
  similarity?: number;
  method?: string;
};

async function moveRelations(
  tx: QueryRunner,
  keepId: string,
  mergeId: string,
  editor: string,
  now: string,
) {
  const rows = await tx.run<{ relation: StoredRelation }>('relation/all-of-entity', {
    id: mergeId,
  });
  const kept = await tx.run<{ relation: StoredRelation }>('relation/all-of-entity', { id: keepId });
  const keptIds = new Set(kept.map((r) => r.relation.id));
  const swap = (id: string) => (id === mergeId ? keepId : id);
  const moved = rows.map((r) => r.relation).filter((r) => r.from !== keepId && r.to !== keepId);
  const relations = moved
    .filter((r) => isRelationType(r.type))
    .map((r) => {
      const write = relationWrite({
        ...r,
        from: swap(r.from),
        to: swap(r.to),
        evidence: evidenceOf(r).map((e) => ({
          source: e.sourceId,
          quote: e.quote,
          offset: e.offset,
          credibility: e.credibility,
        })),
      });
      // Keep the original provenance of the link; the merge itself is recorded as the update.
      return {
        ...write,
        properties: {
          ...write.properties,
          createdBy: r.createdBy ?? null,
          createdAt: r.createdAt ?? null,
        },
      };
    });
  // One report per (attack, source): where both had one from the same source, the kept one stays.
  const reports = moved
    .filter(
      (r) =>
        r.type === 'REPORTED_BY' &&
        !keptIds.has(relationId(swap(r.from), 'REPORTED_BY', swap(r.to))),
    )
    .map((r) =>
      casualtyReportWrite({
        attack: swap(r.from),
        source: swap(r.to),
        killed: r.killed ?? null,
        wounded: r.wounded ?? null,
        qualifier: r.qualifier,
        quote: r.quote ?? '',
      }),
    );
  const pairs = moved
    .filter((r) => r.type === 'DUPLICATE_OF')
    .map((r) => ({
      id: relationId(swap(r.from), 'DUPLICATE_OF', swap(r.to)),
      duplicate: swap(r.from),
      original: swap(r.to),
      similarity: r.similarity ?? null,
      method: r.method ?? null,
    }));
  if (relations.length > 0) await tx.run('edit/upsert-relations', { relations, editor, now });
  if (reports.length > 0) await tx.run('edit/upsert-casualty-reports', { reports });
  if (pairs.length > 0) await tx.run('edit/link-duplicate-sources', { pairs });
}

/** Merges `mergeId` into `keepId` in `tx`; NOT_FOUND or BAD_USER_INPUT (kinds differ) otherwise. */
export async function mergeRecords(
  tx: QueryRunner,
  keepId: string,
  mergeId: string,
  editor: string,
  now: string,
): Promise<void> {
  // Both entities and the merged one's links are locked before anything is read: two merges of
  // the same entities (a into b and b into a), or a merge and a new link, deleted link or added
  // evidence of the merged entity, otherwise interleave — the links read, changed by the other
  // edit, then written back stale or deleted with the entity. Every edit locks its entities
  // first (lock-entities.ts), so it waits for the merge or finds its link moved (NOT_FOUND).
  await lockEntities(tx, [keepId, mergeId]);
  await tx.run('edit/lock-relations-of', { id: mergeId });
  const rows = await tx.run<{ entity: EntityRow }>('entity/by-ids', { ids: [keepId, mergeId] });
  const keep = rows.find((r) => r.entity.id === keepId)?.entity;
  const gone = rows.find((r) => r.entity.id === mergeId)?.entity;
  if (!keep) throw notFound(`keepId: no entity has the id "${keepId}".`);
  if (!gone) throw notFound(`mergeId: no entity has the id "${mergeId}".`);
  if (keep.kind !== gone.kind)
    throw badInput(
      `Only entities of one kind merge: "${keepId}" is a ${keep.kind}, "${mergeId}" a ${gone.kind}.`,
      ['mergeId'],
    );

  await moveRelations(tx, keepId, mergeId, editor, now);
  const aliases = [...keep.aliases, gone.name, ...gone.aliases].filter((a) => a !== keep.name);
  const evidence = evidenceOf(gone).map((e) => ({
    source: e.sourceId,
    quote: e.quote,
    offset: e.offset,
    credibility: e.credibility,
  }));
  const write = entityWrite({
    ...keep,
    kind: keep.kind as EntityKind,
    aliases,
    evidence,
    description: keep.description ?? gone.description,
  });
  await tx.run('edit/upsert-entities', { entities: [write], editor, now });
  if (keep.kind === 'Source') await tx.run('edit/rename-evidence-source', { keepId, mergeId });
  await tx.run('edit/move-candidates', { keepId, mergeId });
  await tx.run('edit/delete-entity', { id: mergeId });
}
