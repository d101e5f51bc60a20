/** `npm run seed`: (re)loads seeds/ into the configured Neo4j, idempotently, in one transaction. */
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { connectDatabase, readConfig } from '../server/src/cli/start-up.js';
import { loadSeedSet, seedInputsLine, sourcesDir } from '../server/src/seed/load-seeds.js';
import { readSeeds } from '../server/src/seed/read-seeds.js';
import { seedTexts } from '../server/src/seed/seed-texts.js';

const COMMAND = {
  usage: 'npm run seed',
  summary:
    'Checks the seed folder (ACTORGRAPH_SEEDS_DIR, default seeds/) and loads it into the configured ' +
    'Neo4j in one transaction: all of it or nothing; loading it again changes nothing. The article ' +
    'texts (ACTORGRAPH_SOURCES_DIR) are stored with their sources when present.',
  options: {},
};

runCommand(async () => {
  parseCommand(COMMAND);
  const config = readConfig();
  console.log(seedInputsLine());
  // Checked before Neo4j starts: bad seeds need no database to be reported.
  const set = readSeeds(config.seedsDir);
  const textsDir = sourcesDir();
  const texts = textsDir ? seedTexts(set, textsDir, console.log) : [];
  const database = await connectDatabase(config, console.log);
  const summary = await loadSeedSet(database.db, set, 'seed', texts).catch(
    async (error: unknown) => {
      await database.close(true); // nor leave a Neo4j it started running when it fails
      throw error;
    },
  );
  await database.close();
  console.log(
    `Seed graph loaded: ${summary.entities} entities, ${summary.relations} relations, ${summary.casualtyReports} casualty reports, ${summary.duplicateSources} duplicate source link(s), ${summary.texts} article text(s).`,
  );
});
