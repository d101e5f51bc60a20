/**
 * The fuzz tests' seed: fresh each run, so that runs explore new inputs, and printed, so that
 * FUZZ_SEED=<n> replays a run exactly.
 */
export const FUZZ_SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : Math.floor(Math.random() * 2 ** 31);

/** How to replay this run, for the log and for assertion messages. */
export const replay = (file: string) =>
  `FUZZ_SEED=${FUZZ_SEED} npx vitest run --project integration ${file}`;
