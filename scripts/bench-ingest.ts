/**
 * `npm run bench:ingest [-- --rounds 5]`: the quality of the analysis of addSource on the fixture
 * articles against their key (bench/ingest/quality.ts) and the time to analyse a 5,000-word
 * article on a graph of 10,000 entities (bench/ingest/timing.ts); results in
 * bench/results/ingest.md.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureQuality, type Ratio } from '../bench/ingest/quality.js';
import { measureTiming } from '../bench/ingest/timing.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { ROOT_DIR } from '../server/src/config/config.js';

const COMMAND = {
  usage: 'npm run bench:ingest --',
  summary:
    'Quality of the mentions and proposals addSource reads from the fixture articles, and the ' +
    'time to analyse a 5,000-word article on a 10,000-entity graph; results in bench/results/ingest.md.',
  options: {
    rounds: { type: 'string', value: '<n>', default: '5', description: 'timed runs each way' },
  },
} as const;

const percent = ({ hits, of }: Ratio) =>
  of === 0 ? 'n/a' : `${((100 * hits) / of).toFixed(0)} % (${hits}/${of})`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (values: number[]) =>
  `${median(values).toFixed(0)} ms (max ${Math.max(...values).toFixed(0)})`;

await runCommand(async () => {
  const { values } = parseCommand(COMMAND, process.argv.slice(2));
  const rounds = Number(values.rounds);
  const quality = measureQuality();
  const timing = await measureTiming(10_000, 5_000, rounds);
  const lines = [
    '# Ingestion: quality and speed of the analysis of addSource',
    '',
    `Run by \`npm run bench:ingest\` on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)} at the start: a machine shared with other work; times are upper bounds).`,
    '',
    `## Quality on the fixture articles (${quality.articles}, tests/fixtures/ingest, key brannock-bombing.key.json)`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| Mention recall, known names (incl. close variants) | ${percent(quality.mentionRecall)} |`,
    `| Mention precision, known names | ${percent(quality.mentionPrecision)} |`,
    `| New-name precision (name and kind right; compromise) | ${percent(quality.newNamePrecision)} |`,
    `| New-name recall | ${percent(quality.newNameRecall)} |`,
    `| Proposal precision (type and both ends right) | ${percent(quality.proposalPrecision)} |`,
    `| Proposal recall | ${percent(quality.proposalRecall)} |`,
    '',
    `## Time to analyse a ${timing.words.toLocaleString('en')}-word article (${timing.characters.toLocaleString('en')} characters) on ${timing.entities.toLocaleString('en')} entities (${timing.spellings.toLocaleString('en')} spellings)`,
    '',
    `Median of ${rounds} runs; ${timing.mentions.toLocaleString('en')} mentions found.`,
    '',
    '| Step | Time |',
    '| --- | --- |',
    `| Build the mention index (Aho-Corasick over every spelling) | ${ms(timing.indexBuildMs)} |`,
    `| Whole analysis in-process (index, mentions, new names, sentences, attack clues) | ${ms(timing.inProcessMs)} |`,
    `| Whole analysis as addSource runs it (worker thread, start-up included) | ${ms(timing.offThreadMs)} |`,
    `| Longest stall of the request thread meanwhile | ${ms(timing.stallMs)} |`,
    '',
  ];
  const file = path.join(ROOT_DIR, 'bench/results/ingest.md');
  writeFileSync(file, lines.join('\n'));
  console.log(lines.join('\n'));
});
