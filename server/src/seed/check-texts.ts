/**
 * `npm run seeds:check`: re-verifies against the article texts what the seed files store from them
 * — each source's SHA-256 and excluded passages, each quote's span (verbatim, outside excluded
 * passages), and the near-duplicate pairs recomputed with near-duplicate.ts.
 */
import { duplicateSources, readArticleTexts } from './article-texts.js';
import { storedSpanProblem } from '../domain/quote-spans.js';
import type { SeedProblem, SeedSet } from './seed-set.js';
import { filesOfSet, quotesOf } from './seed-quotes.js';
import type { SeedDuplicateSource } from './seed-format.js';
import { containsVerbatim } from '../domain/text-match.js';

const FILE = 'duplicate-sources.json';
const pairKey = (p: SeedDuplicateSource) => [p.duplicate, p.original].sort().join(' ~ ');

/** Every difference between the stored pairs and the recomputed ones. */
function compareDuplicates(
  stored: readonly SeedDuplicateSource[],
  computed: readonly SeedDuplicateSource[],
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const byKey = new Map(computed.map((p) => [pairKey(p), p]));
  stored.forEach((pair, i) => {
    const fresh = byKey.get(pairKey(pair));
    byKey.delete(pairKey(pair));
    if (!fresh) {
      problems.push({
        file: FILE,
        path: `[${i}]`,
        message: `${pair.duplicate} ~ ${pair.original} is not a near-duplicate pair when recomputed`,
      });
      return;
    }
    if (fresh.duplicate !== pair.duplicate)
      problems.push({
        file: FILE,
        path: `[${i}].duplicate`,
        message: `is "${pair.duplicate}", but the recomputed copy is "${fresh.duplicate}"`,
      });
    for (const field of ['similarity', 'method'] as const)
      if (fresh[field] !== pair[field])
        problems.push({
          file: FILE,
          path: `[${i}].${field}`,
          message: `is ${JSON.stringify(pair[field])}, recomputed ${JSON.stringify(fresh[field])}`,
        });
  });
  for (const missing of byKey.values())
    problems.push({
      file: FILE,
      path: '',
      message: `lacks the pair ${missing.duplicate} DUPLICATE_OF ${missing.original} (similarity ${missing.similarity})`,
    });
  return problems;
}

/** Every difference between `set` and the texts in `dir`, each with its file, path and quote. */
export function checkAgainstTexts(set: SeedSet, dir: string): SeedProblem[] {
  const { texts, problems } = readArticleTexts(set.sources, dir);
  set.sources.forEach((source, i) => {
    const text = texts.get(source.id);
    if (!text) return;
    if (text.sha256 !== source.sha256)
      problems.push({
        file: 'sources.json',
        path: `[${i}].sha256`,
        message: `does not match ${source.file} (its SHA-256 is ${text.sha256})`,
      });
    source.excludedPassages.forEach((passage, j) => {
      if (!containsVerbatim(text.raw, passage))
        problems.push({
          file: 'sources.json',
          path: `[${i}].excludedPassages[${j}]`,
          message: `does not occur in ${source.file}: "${passage}"`,
        });
    });
  });
  for (const { file, path, item } of quotesOf(filesOfSet(set))) {
    const text = texts.get(item.source);
    const problem = text && storedSpanProblem(text.raw, text.excluded, item);
    if (problem)
      problems.push({
        file,
        path,
        message: `${problem} (${item.source}): "${item.quote.slice(0, 80)}"`,
      });
  }
  // With a text missing the recomputation would be partial; the missing file is reported above.
  if (texts.size === set.sources.length)
    problems.push(...compareDuplicates(set.duplicates, duplicateSources(set.sources, texts)));
  return problems;
}
