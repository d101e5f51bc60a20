/**
 * What `npm run seeds:curate` stores in the seed files, computed from the article texts: each
 * source's SHA-256, each quote's span (its first verbatim match outside excluded passages) and the
 * near-duplicate pairs. Works on the raw JSON, so that new quotes without a span can be curated and
 * every other field stays as the curator wrote it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { duplicateSources, readArticleTexts, type SourceEntry } from './article-texts.js';
import { locateQuote } from '../domain/quote-spans.js';
import type { SeedProblem } from './seed-set.js';
import { QUOTING_FILES, quotesOf, type Quoting } from './seed-quotes.js';

type Json = Record<string, unknown>;

function readArray(dir: string, file: string): Json[] {
  const data: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file} must hold a JSON array`);
  return data as Json[];
}

/**
 * The curated content of every seed file that holds computed data (file name → array), or the
 * problems that prevent curation (a quote that is not verbatim, a missing text…).
 */
export function curateSeeds(
  seedDir: string,
  textsDir: string,
): { problems: SeedProblem[]; files: Map<string, unknown[]> } {
  const sources = readArray(seedDir, 'sources.json');
  const entries = sources as unknown as SourceEntry[];
  const { texts, problems } = readArticleTexts(entries, textsDir);
  sources.forEach((source) => {
    const text = texts.get(String(source.id));
    if (text) source.sha256 = text.sha256;
  });

  const quoting = new Map(QUOTING_FILES.map((file) => [file, readArray(seedDir, file)]));
  for (const { file, path: at, item } of quotesOf(quoting as Map<string, Quoting<Json>[]>)) {
    const text = texts.get(String(item.source));
    if (!text) {
      problems.push({
        file,
        path: `${at}.source`,
        message: `no text for "${String(item.source)}"`,
      });
      continue;
    }
    const quote = String(item.quote);
    const found = locateQuote(text.raw, text.excluded, quote);
    if ('problem' in found) {
      problems.push({
        file,
        path: `${at}.quote`,
        message: `${found.problem} (${String(item.source)}): "${quote.slice(0, 80)}"`,
      });
      continue;
    }
    // Re-added last, so the key order is the same whether or not a span was stored before.
    delete item.offset;
    delete item.length;
    Object.assign(item, found.span);
  }

  const files = new Map<string, unknown[]>([['sources.json', sources], ...quoting]);
  if (texts.size === sources.length)
    files.set('duplicate-sources.json', duplicateSources(entries, texts));
  return { problems, files };
}
