/**
 * Prints, as JSON, what loading seeds/ would write and the line seeding logs about its inputs. Run
 * inside a fresh clone by standalone-clone.int.test.ts, to compare with the original checkout.
 */
import { SEEDS_DIR, seedInputsLine, seedWrites } from '../../server/src/seed/load-seeds.js';
import { readSeeds } from '../../server/src/seed/read-seeds.js';

process.stdout.write(
  JSON.stringify({ line: seedInputsLine(), writes: seedWrites(readSeeds(SEEDS_DIR)) }),
);
