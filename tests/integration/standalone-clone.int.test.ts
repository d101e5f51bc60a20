/**
 * A user's clone stands on its own: the committed HEAD, cloned into an empty folder (no
 * ../shared beside it, no untracked files) with ACTORGRAPH_SOURCES_DIR unset, passes the unit tests
 * and plans exactly the same seed graph — entities, relations, evidence, casualty reports and
 * DUPLICATE_OF links — as this checkout. node_modules is linked, not installed, to stay offline.
 * The plan is what loadSeedSet writes in its one transaction, so equal plans mean equal graphs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/src/config/config.js';
import { SEEDS_DIR, seedWrites } from '../../server/src/seed/load-seeds.js';
import { readSeeds } from '../../server/src/seed/read-seeds.js';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-clone-'));
const clone = path.join(folder, 'repo');
/** The child processes see no texts folder setting and no trace of the running vitest. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => key !== 'ACTORGRAPH_SOURCES_DIR' && !key.startsWith('VITEST'),
  ),
);
const bin = (name: string) => path.join(clone, 'node_modules', '.bin', name);
// Bounds against a hang only: the unit suite takes about a minute on a busy two-core machine.
const TEN_MINUTES = 600_000;

beforeAll(async () => {
  const head = await run('git', ['-C', ROOT_DIR, 'rev-parse', 'HEAD']).catch(() => {
    throw new Error(
      `standalone-clone.int.test.ts clones the committed HEAD, but ${ROOT_DIR} is not a git checkout`,
    );
  });
  await run('git', ['clone', '--quiet', '--no-checkout', ROOT_DIR, clone]);
  await run('git', ['-C', clone, 'checkout', '--quiet', '--detach', head.stdout.trim()]);
  symlinkSync(path.join(ROOT_DIR, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a fresh clone with nothing beside it', () => {
  it('plans the same seed graph as this checkout, and says it needs no article texts', async () => {
    const { stdout } = await run(bin('tsx'), ['tests/support/print-seed-plan.ts'], {
      cwd: clone,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    const plan = JSON.parse(stdout) as { line: string; writes: unknown };
    expect(plan.line).toMatch(/article texts not present \(not needed\)/);
    const here = JSON.parse(JSON.stringify(seedWrites(readSeeds(SEEDS_DIR)))) as ReturnType<
      typeof seedWrites
    >;
    expect(here.pairs.length, 'this checkout stores a DUPLICATE_OF link').toBeGreaterThan(0);
    expect(plan.writes, 'seeds/ differ from the committed HEAD: commit them first').toEqual(here);
  });

  it(
    'passes the unit tests',
    async () => {
      // The per-test bound of the integration layer: this proves independence, not speed, and
      // some unit tests run close to vitest's 5 s default on a busy machine.
      const args = ['run', '--project', 'unit', '--testTimeout', '60000'];
      const result = await run(bin('vitest'), args, {
        cwd: clone,
        env,
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string; stderr?: string }) => error);
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
      const summary = /(\d+) passed, (\d+) failed, (\d+) skipped/.exec(output);
      expect(summary, output.slice(-4000)).not.toBeNull();
      expect(Number(summary![1])).toBeGreaterThan(0);
      expect(summary![2], output.slice(-4000)).toBe('0');
    },
    TEN_MINUTES,
  );
});
