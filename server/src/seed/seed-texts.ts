/**
 * The article texts `npm run seed` stores with the seed sources when they are at hand
 * (ACTORGRAPH_SOURCES_DIR): each only when its SHA-256, as stored (see domain/source-text.ts),
 * is the one curation recorded — the seed quotes' offsets index exactly that text.
 */
import { storedText } from '../domain/source-text.js';
import { readArticleTexts } from './article-texts.js';
import type { SeedSet } from './seed-set.js';

/** A text to store with the seed source `id`. */
export interface SeedText {
  id: string;
  text: string;
  sha256: string;
  length: number;
  excluded: readonly string[];
}

/** The texts of `set`'s sources found in `dir`; `log` hears of each one missing or changed. */
export function seedTexts(set: SeedSet, dir: string, log: (line: string) => void): SeedText[] {
  const { texts, problems } = readArticleTexts(set.sources, dir);
  for (const problem of problems) log(`Not stored: ${problem.message}.`);
  return set.sources.flatMap((source) => {
    const article = texts.get(source.id);
    if (!article) return [];
    const stored = storedText(article.raw);
    if (stored.sha256 !== source.sha256) {
      log(
        `Not stored: the text of ${source.id} (${source.file}) has SHA-256 ${stored.sha256}, not the curated ${source.sha256}.`,
      );
      return [];
    }
    return [{ id: source.id, ...stored, excluded: article.excluded }];
  });
}
