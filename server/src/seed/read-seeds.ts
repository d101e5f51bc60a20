/**
 * Reads a seed folder and validates it as a whole. Every problem is reported with its file, the
 * path inside it and what is wrong; a folder with any problem yields no data at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSeeds } from './check-seeds.js';
import {
  KIND_OF_FILE,
  SEED_FILES,
  type SeedDuplicateSource,
  type SeedEntity,
  type SeedFileName,
  type SeedRelation,
  type SeedSource,
} from './seed-format.js';
import type { SeedProblem, SeedSet } from './seed-set.js';

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const lines = problems
      .slice(0, 20)
      .map((p) => `  ${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    super(
      `The seed files have ${problems.length} problem(s); nothing was loaded:\n${lines.join('\n')}${more}`,
    );
  }
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
    .join('')
    .replace(/^\./, '');
}

function readFile(dir: string, file: SeedFileName, problems: SeedProblem[]): unknown[] {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    problems.push({ file, path: '', message: 'is missing from the seed folder' });
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    problems.push({ file, path: '', message: `is not valid JSON: ${(error as Error).message}` });
    return [];
  }
  const result = SEED_FILES[file].array().safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push({ file, path: formatPath(issue.path), message: issue.message });
    return [];
  }
  return result.data;
}

/**
 * Reads and validates `seedDir` from its files alone (the article texts are not needed: what is
 * computed from them is stored, and `npm run seeds:check` re-verifies it). Throws
 * SeedValidationError listing every problem.
 */
export function readSeeds(seedDir: string): SeedSet {
  const problems: SeedProblem[] = [];
  const sources = readFile(seedDir, 'sources.json', problems) as SeedSource[];
  const relations = readFile(seedDir, 'relations.json', problems) as SeedRelation[];
  const duplicates = readFile(seedDir, 'duplicate-sources.json', problems) as SeedDuplicateSource[];
  const entities = Object.entries(KIND_OF_FILE).flatMap(([file, kind]) =>
    (readFile(seedDir, file as SeedFileName, problems) as SeedEntity[]).map((e) => ({
      ...e,
      kind,
    })),
  );
  const set: SeedSet = { sources, entities, relations, duplicates };
  if (problems.length === 0) problems.push(...checkSeeds(set));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return set;
}
