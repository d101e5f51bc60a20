/**
 * The article texts behind the seeds, and what is computed from them: SHA-256, near-duplicate
 * pairs and quote spans. Only `npm run seeds:curate` (which stores these in the seed files) and
 * `npm run seeds:check` (which re-verifies them) read the texts; loading never does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findNearDuplicates, NEAR_DUPLICATE_METHOD } from '../domain/near-duplicate.js';
import type { SeedProblem } from './seed-set.js';
import type { SeedDuplicateSource } from './seed-format.js';

/** What curation needs of a source entry. */
export interface SourceEntry {
  id: string;
  file: string;
  date?: string | null | undefined;
  excludedPassages?: readonly string[] | undefined;
}

export interface ArticleText {
  /** The file decoded as UTF-8: quote offsets index this string (UTF-16 code units). */
  raw: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  excluded: readonly string[];
}

/** Reads the text of every source from `dir`; a missing file is a problem on sources.json. */
export function readArticleTexts(
  sources: readonly SourceEntry[],
  dir: string,
): { texts: Map<string, ArticleText>; problems: SeedProblem[] } {
  const texts = new Map<string, ArticleText>();
  const problems: SeedProblem[] = [];
  sources.forEach((source, i) => {
    const file = path.join(dir, source.file);
    if (!existsSync(file)) {
      problems.push({ file: 'sources.json', path: `[${i}].file`, message: `${file} is missing` });
      return;
    }
    const bytes = readFileSync(file);
    texts.set(source.id, {
      raw: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      excluded: source.excludedPassages ?? [],
    });
  });
  return { texts, problems };
}

/** The near-duplicate pairs among the sources, as duplicate-sources.json stores them. */
export function duplicateSources(
  sources: readonly SourceEntry[],
  texts: ReadonlyMap<string, ArticleText>,
): SeedDuplicateSource[] {
  const docs = sources.flatMap((s) => {
    const text = texts.get(s.id);
    return text ? [{ id: s.id, date: s.date ?? null, text: text.raw }] : [];
  });
  return findNearDuplicates(docs).map(({ duplicate, original, similarity }) => ({
    duplicate,
    original,
    similarity,
    method: NEAR_DUPLICATE_METHOD,
  }));
}
