/**
 * `npm run seeds:check`: re-verifies the data the seed files store from the article texts (SHA-256,
 * quote spans, duplicate links) against the texts. `npm run seeds:curate` (`--write`) recomputes
 * that data and stores it. Exit codes: 0 all agree, 1 differences, 2 bad usage or no texts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { loadDotEnv } from '../server/src/config/config.js';
import { checkAgainstTexts } from '../server/src/seed/check-texts.js';
import { curateSeeds } from '../server/src/seed/curate-seeds.js';
import { SEEDS_DIR, sourcesDirSetting } from '../server/src/seed/load-seeds.js';
import { readSeeds, SeedValidationError } from '../server/src/seed/read-seeds.js';
import type { SeedProblem } from '../server/src/seed/seed-set.js';

const USAGE = `Usage: npm run seeds:check [-- --write]

Re-verifies seeds/ against the article texts in ACTORGRAPH_SOURCES_DIR (default ../shared/sources
beside the repository): each source's SHA-256, each quote's stored offset and length (a verbatim
match outside excluded passages) and the near-duplicate links, recomputed.

Options:
  --write     recompute that data from the texts and store it in seeds/ (npm run seeds:curate),
              then check
  -h, --help  show this help

Exit codes: 0 the seeds agree with the texts, 1 they differ (each difference is listed),
2 bad usage or no texts folder.`;

const fail = (code: number, message: string): never => {
  console.error(message);
  process.exit(code);
};

function report(problems: readonly SeedProblem[]): void {
  for (const p of problems) console.error(`  ${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
}

/** Writes the curated files in prettier's formatting, only those whose content changed. */
async function write(files: ReadonlyMap<string, unknown[]>): Promise<string[]> {
  const changed: string[] = [];
  for (const [file, data] of files) {
    const full = path.join(SEEDS_DIR, file);
    const options = { ...(await resolveConfig(full)), filepath: full };
    const text = await format(JSON.stringify(data), options);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) continue;
    writeFileSync(full, text);
    changed.push(file);
  }
  return changed;
}

async function main(): Promise<void> {
  let values: { write?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { write: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    return fail(2, `seeds:check: ${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return console.log(USAGE);

  loadDotEnv();
  const textsDir = sourcesDirSetting();
  if (!existsSync(textsDir))
    fail(
      2,
      `seeds:check: no article texts at ${textsDir}; set ACTORGRAPH_SOURCES_DIR to the folder of the source .txt files.`,
    );

  if (values.write) {
    const { problems, files } = curateSeeds(SEEDS_DIR, textsDir);
    if (problems.length > 0) {
      console.error(`seeds:curate: ${problems.length} problem(s); nothing was written:`);
      report(problems);
      process.exit(1);
    }
    const changed = await write(files);
    console.log(`seeds:curate: ${changed.length ? `updated ${changed.join(', ')}` : 'no change'}.`);
  }

  let set;
  try {
    set = readSeeds(SEEDS_DIR);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    return fail(1, `seeds:check: ${error.message}`);
  }
  const problems = checkAgainstTexts(set, textsDir);
  if (problems.length > 0) {
    console.error(`seeds:check: ${problems.length} difference(s) with the texts in ${textsDir}:`);
    report(problems);
    process.exit(1);
  }
  const quotes =
    set.relations.reduce((n, r) => n + r.evidence.length, 0) +
    set.entities.reduce((n, e) => n + e.evidence.length + (e.casualtyReports ?? []).length, 0);
  console.log(
    `seeds:check: ${set.sources.length} sources, ${quotes} quotes and ${set.duplicates.length} duplicate link(s) agree with the texts in ${textsDir}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
