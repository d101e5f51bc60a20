/**
 * Loads a validated seed set in one write transaction: all of it lands, or nothing does. Loading
 * the same set again leaves the graph as it was (MERGE by id, evidence appended only when new).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import { BULK_TIMEOUT_MS, type Gateway } from '../db/gateway.js';
import { casualtyReportWrite, entityWrite, relationWrite } from '../domain/graph-write.js';
import { relationId } from '../domain/relation-id.js';
import { findNearDuplicates } from './near-duplicate.js';
import { readSeeds, type SeedSet } from './read-seeds.js';

export const SEEDS_DIR = path.join(ROOT_DIR, 'seeds');

/** The article texts: ACTORGRAPH_SOURCES_DIR, else ../shared/sources beside the repository. */
export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.ACTORGRAPH_SOURCES_DIR || path.resolve(ROOT_DIR, '..', 'shared', 'sources');
  return existsSync(dir) ? dir : undefined;
}

export class SeedLoadError extends Error {}

export interface SeedSummary {
  entities: number;
  relations: number;
  casualtyReports: number;
  duplicateSources: number;
}

/** Near-copies among the sources whose texts are available. */
function duplicatePairs(set: SeedSet, textsDir: string | undefined) {
  if (!textsDir) return [];
  const docs = set.sources
    .filter((s) => existsSync(path.join(textsDir, s.file)))
    .map((s) => ({
      id: s.id,
      date: s.date ?? null,
      text: readFileSync(path.join(textsDir, s.file), 'utf8'),
    }));
  return findNearDuplicates(docs).map((pair) => ({
    ...pair,
    id: relationId(pair.duplicate, 'DUPLICATE_OF', pair.original),
    method: 'word 3-shingle Jaccard',
  }));
}

export async function loadSeedSet(
  db: Gateway,
  set: SeedSet,
  textsDir: string | undefined,
  editor = 'seed',
): Promise<SeedSummary> {
  const entities = [
    ...set.sources.map((s) => entityWrite({ ...s, kind: 'Source', name: s.title, aliases: [] })),
    ...set.entities.map(entityWrite),
  ];
  const relations = set.relations.map(relationWrite);
  const reports = set.entities.flatMap((e) =>
    (e.casualtyReports ?? []).map((r) => casualtyReportWrite({ ...r, attack: e.id })),
  );
  const pairs = duplicatePairs(set, textsDir);
  const now = new Date().toISOString();

  await db.withTimeout(BULK_TIMEOUT_MS).writeAll('seed/load', async (tx) => {
    const conflicts = await tx.run<{ id: string; existingKind: string; kind: string }>(
      'edit/kind-conflicts',
      { entities },
    );
    if (conflicts.length > 0) {
      const list = conflicts.map(
        (c) => `"${c.id}" is a ${c.existingKind} in the database but a ${c.kind} in the seeds`,
      );
      throw new SeedLoadError(
        `Seed ids clash with existing entities; nothing was loaded: ${list.join('; ')}`,
      );
    }
    await tx.run('edit/upsert-entities', { entities, editor, now });
    const [written] = await tx.run<{ written: number }>('edit/upsert-relations', {
      relations,
      editor,
      now,
    });
    if (written?.written !== relations.length)
      throw new SeedLoadError('Some seed relations lost an endpoint; nothing was loaded.');
    if (reports.length > 0) await tx.run('edit/upsert-casualty-reports', { reports });
    if (pairs.length > 0) await tx.run('edit/link-duplicate-sources', { pairs });
  });
  return {
    entities: entities.length,
    relations: relations.length,
    casualtyReports: reports.length,
    duplicateSources: pairs.length,
  };
}

/** Reads, validates and loads the project's seed folder. */
export async function seedDatabase(
  db: Gateway,
  seedDir = SEEDS_DIR,
  textsDir = sourcesDir(),
): Promise<SeedSummary> {
  return loadSeedSet(db, readSeeds(seedDir, textsDir), textsDir);
}
