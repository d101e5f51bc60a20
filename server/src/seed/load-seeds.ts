/**
 * Loads a validated seed set in one write transaction: all of it lands, or nothing does. Loading
 * the same set again leaves the graph as it was (MERGE by id, evidence appended only when new).
 * What is computed from the article texts (quote offsets, hashes, duplicate links) is stored in the
 * seed files, so every clone loads the same verified evidence; `npm run seed` also stores the texts
 * themselves when they are at hand (seed-texts.ts), so that they can be read and quoted.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config/config.js';
import { BULK_TIMEOUT_MS, type Gateway } from '../db/gateway.js';
import {
  casualtyReportWrite,
  entityWrite,
  type EvidenceRecord,
  relationWrite,
} from '../domain/graph-write.js';
import { relationId } from '../domain/ids.js';
import { textFingerprint } from '../domain/text-fingerprint.js';
import { inheritedAttackLocations } from './attack-locations.js';
import { readSeeds } from './read-seeds.js';
import type { SeedSet } from './seed-set.js';
import type { SeedText } from './seed-texts.js';

export const SEEDS_DIR = path.join(ROOT_DIR, 'seeds');

/** Where the article texts would be: ACTORGRAPH_SOURCES_DIR, else ../shared/sources. */
export function sourcesDirSetting(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(ROOT_DIR, env.ACTORGRAPH_SOURCES_DIR || path.join('..', 'shared', 'sources'));
}

/** The article texts folder when it exists (only seed, seeds:check and seeds:curate read it). */
export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = sourcesDirSetting(env);
  return existsSync(dir) ? dir : undefined;
}

/** The one line that says what seeding uses, so a missing texts folder is never a silent change. */
export function seedInputsLine(env: NodeJS.ProcessEnv = process.env): string {
  const texts = sourcesDir(env);
  return `Seeds: stored quote offsets and duplicate links from seeds/; ${
    texts
      ? `article texts found at ${texts} (stored with their sources by npm run seed, re-verified by npm run seeds:check)`
      : 'article texts not present (not needed)'
  }.`;
}

export class SeedLoadError extends Error {}

export interface SeedSummary {
  entities: number;
  relations: number;
  casualtyReports: number;
  duplicateSources: number;
  /** Article texts stored with their sources. */
  texts: number;
}

/**
 * Everything loading writes, computed from the seed set alone (pure, so clones can compare it).
 * Sources come first and apart: the evidence of the rest mirrors their grades as it is written.
 */
export function seedWrites(set: SeedSet) {
  const locations = inheritedAttackLocations(set);
  const defaultCredibility = new Map(set.sources.map((s) => [s.id, s.credibility ?? null]));
  const graded = <T extends { evidence?: readonly EvidenceRecord[] | undefined }>(item: T): T => ({
    ...item,
    evidence: item.evidence?.map((e) => ({
      ...e,
      credibility: e.credibility ?? defaultCredibility.get(e.source) ?? null,
    })),
  });
  const located = <T extends SeedSet['entities'][number]>(e: T): T =>
    e.kind === 'Attack' ? { ...e, location: locations.get(e.id) ?? null } : e;
  return {
    sources: set.sources.map((s) =>
      entityWrite({ ...s, kind: 'Source', name: s.title, aliases: [] }),
    ),
    entities: set.entities.map((e) => entityWrite(graded(located(e)))),
    relations: set.relations.map((r) =>
      relationWrite({ ...graded(r), evidence: graded(r).evidence ?? [] }),
    ),
    reports: set.entities.flatMap((e) =>
      (e.casualtyReports ?? []).map((r) => casualtyReportWrite({ ...r, attack: e.id })),
    ),
    pairs: set.duplicates.map((pair) => ({
      ...pair,
      id: relationId(pair.duplicate, 'DUPLICATE_OF', pair.original),
    })),
  };
}

/** Loads `set`, and stores `texts` with their sources (see seed-texts.ts). */
export async function loadSeedSet(
  db: Gateway,
  set: SeedSet,
  editor = 'seed',
  texts: readonly SeedText[] = [],
): Promise<SeedSummary> {
  const { sources, entities, relations, reports, pairs } = seedWrites(set);
  const now = new Date().toISOString();

  await db.withTimeout(BULK_TIMEOUT_MS).writeAll('seed/load', async (tx) => {
    const conflicts = await tx.run<{ id: string; existingKind: string; kind: string }>(
      'edit/kind-conflicts',
      { entities: [...sources, ...entities] },
    );
    if (conflicts.length > 0) {
      const list = conflicts.map(
        (c) => `"${c.id}" is a ${c.existingKind} in the database but a ${c.kind} in the seeds`,
      );
      throw new SeedLoadError(
        `Seed ids clash with existing entities; nothing was loaded: ${list.join('; ')}`,
      );
    }
    await tx.run('edit/upsert-entities', { entities: sources, editor, now });
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
    for (const { id, text, sha256, length, excluded } of texts) {
      await tx.run('source/claim-text', {
        texts: [{ text, sha256, length, excluded }],
        editor,
        now,
      });
      await tx.run('source/attach-text', { texts: [{ id, sha256, length }] });
      // Filed under its bands, so that texts added later find it; its own links are in the seeds.
      const { signature, bands } = textFingerprint(text);
      await tx.run('source/index-bands', { sha256, signature, bands, now });
    }
  });
  return {
    entities: sources.length + entities.length,
    relations: relations.length,
    casualtyReports: reports.length,
    duplicateSources: pairs.length,
    texts: texts.length,
  };
}

/**
 * Reads, validates and loads the project's seed folder; `log` receives one line saying what the
 * seeds are built from.
 */
export async function seedDatabase(
  db: Gateway,
  { seedDir = SEEDS_DIR, log }: { seedDir?: string; log?: (line: string) => void } = {},
): Promise<SeedSummary> {
  log?.(seedInputsLine());
  return loadSeedSet(db, readSeeds(seedDir));
}
