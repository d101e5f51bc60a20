/**
 * The rules that span seed files: unique ids, known sources, the closed vocabulary, and — when the
 * article texts are at hand — verbatim quotes outside excluded passages and matching hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allowsEndpoints, type EntityKind, isRelationType } from '../domain/vocabulary.js';
import type { SeedProblem, SeedSet } from './read-seeds.js';
import type { SeedEvidence } from './seed-schema.js';
import { normalizeWhitespace, verbatimOffsets } from './text-match.js';

const FILE_OF_KIND: Record<EntityKind, string> = {
  Group: 'groups.json',
  Person: 'persons.json',
  State: 'states.json',
  Place: 'places.json',
  Organization: 'organizations.json',
  Attack: 'attacks.json',
  Source: 'sources.json',
};

/** A quote is usable when it occurs verbatim and not only inside an excluded passage. */
function quoteProblem(
  text: string,
  excluded: readonly string[],
  quote: string,
): string | undefined {
  const offsets = verbatimOffsets(text, quote);
  if (offsets.length === 0) return 'does not occur verbatim in its source';
  const needle = normalizeWhitespace(quote).length;
  const blocked = excluded.flatMap((passage) =>
    verbatimOffsets(text, passage).map((start) => [
      start,
      start + normalizeWhitespace(passage).length,
    ]),
  );
  const usable = offsets.some(
    (start) => !blocked.some(([from = 0, to = 0]) => start < to && start + needle > from),
  );
  return usable ? undefined : 'lies in a passage excluded as page furniture or spam';
}

export function checkSeeds(set: SeedSet, sourcesDir: string | undefined): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const kindOf = new Map<string, EntityKind>();
  const texts = new Map<string, { text: string; excluded: string[] }>();

  set.sources.forEach((source, i) => {
    if (kindOf.has(source.id))
      problems.push({
        file: 'sources.json',
        path: `[${i}].id`,
        message: `"${source.id}" is used twice`,
      });
    kindOf.set(source.id, 'Source');
    const file = sourcesDir && path.join(sourcesDir, source.file);
    if (!file || !existsSync(file)) return;
    const bytes = readFileSync(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== source.sha256) {
      problems.push({
        file: 'sources.json',
        path: `[${i}].sha256`,
        message: `does not match ${source.file} (its SHA-256 is ${sha256})`,
      });
    }
    texts.set(source.id, { text: bytes.toString('utf8'), excluded: source.excludedPassages });
  });

  const indexInFile = new Map<EntityKind, number>();
  const positions = set.entities.map((entity) => {
    const index = indexInFile.get(entity.kind) ?? 0;
    indexInFile.set(entity.kind, index + 1);
    return { file: FILE_OF_KIND[entity.kind], index };
  });
  set.entities.forEach((entity, i) => {
    const { file, index } = positions[i] ?? { file: '', index: 0 };
    if (kindOf.has(entity.id))
      problems.push({
        file,
        path: `[${index}].id`,
        message: `"${entity.id}" is already the id of another entity`,
      });
    kindOf.set(entity.id, entity.kind);
  });

  const checkEvidence = (file: string, at: string, evidence: readonly SeedEvidence[]) =>
    evidence.forEach((e, j) => {
      const where = `${at}.evidence[${j}]`;
      if (kindOf.get(e.source) !== 'Source') {
        problems.push({
          file,
          path: `${where}.source`,
          message: `"${e.source}" is not a source in sources.json`,
        });
        return;
      }
      const source = texts.get(e.source);
      const problem = source && quoteProblem(source.text, source.excluded, e.quote);
      if (problem)
        problems.push({
          file,
          path: `${where}.quote`,
          message: `${problem} (${e.source}): "${e.quote.slice(0, 80)}"`,
        });
    });

  set.entities.forEach((entity, i) => {
    const { file, index } = positions[i] ?? { file: '', index: 0 };
    checkEvidence(file, `[${index}]`, entity.evidence);
    (entity.casualtyReports ?? []).forEach((report, j) =>
      checkEvidence(file, `[${index}].casualtyReports[${j}]`, [
        { source: report.source, quote: report.quote },
      ]),
    );
  });

  const seen = new Set<string>();
  set.relations.forEach((relation, i) => {
    const at = `[${i}]`;
    const from = kindOf.get(relation.from);
    const to = kindOf.get(relation.to);
    if (!isRelationType(relation.type)) {
      problems.push({
        file: 'relations.json',
        path: `${at}.type`,
        message: `"${relation.type}" is not in the vocabulary (server/src/domain/vocabulary.ts)`,
      });
    } else if (!from || !to) {
      const missing = !from ? relation.from : relation.to;
      problems.push({
        file: 'relations.json',
        path: `${at}.${!from ? 'from' : 'to'}`,
        message: `"${missing}" is not the id of any entity`,
      });
    } else if (!allowsEndpoints(relation.type, from, to)) {
      problems.push({
        file: 'relations.json',
        path: `${at}.type`,
        message: `${relation.type} may not link a ${from} to a ${to}`,
      });
    }
    if (relation.since && relation.until && relation.since > relation.until) {
      problems.push({
        file: 'relations.json',
        path: `${at}.until`,
        message: `is before since (${relation.since})`,
      });
    }
    const key = `${relation.from}~${relation.type}~${relation.to}~${relation.since ?? ''}`;
    if (seen.has(key))
      problems.push({
        file: 'relations.json',
        path: at,
        message:
          'repeats an earlier relation (same from, type, to and since): merge their evidence',
      });
    seen.add(key);
    checkEvidence('relations.json', at, relation.evidence);
  });
  return problems;
}
