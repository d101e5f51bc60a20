/**
 * Every command of the README's Commands table answers --help with its usage (exit 0) and an unknown
 * option with the usage and exit code 2, never a stack trace. Each is a real child process; they
 * run a few at a time, so the file stays quick on a small machine.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/config/config.js';

const COMMANDS: [name: string, script: string, before: string[]][] = [
  ['start', 'server/src/main.ts', []],
  ['dev', 'scripts/dev.ts', []],
  ['db:start', 'scripts/db.ts', ['start']],
  ['db:status', 'scripts/db.ts', ['status']],
  ['seed', 'scripts/seed.ts', []],
  ['import', 'scripts/import.ts', ['gtd', 'file.csv']],
  ['gen', 'scripts/gen.ts', ['gtd']],
  ['bench', 'scripts/bench.ts', []],
  ['bench:fairness', 'scripts/fairness.ts', []],
  ['bench:paths', 'scripts/bench-paths.ts', []],
  ['load', 'scripts/load.ts', []],
  ['codegen', 'scripts/codegen.ts', []],
  ['persisted', 'scripts/persisted-operations.ts', []],
];

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[]): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT_DIR,
    // No database anywhere: a command that got past its options would fail, not pass.
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** Runs the jobs with at most `limit` at a time, results in order. */
async function bounded<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('command-line conventions', () => {
  it('every command answers --help with its usage, and an unknown option with the usage and exit 2', async () => {
    const jobs = COMMANDS.flatMap(([, script, before]) => [
      () => run(script, [...before, '--help']),
      () => run(script, [...before, '--no-such-option']),
    ]);
    const outcomes = await bounded(jobs, 4);
    COMMANDS.forEach(([name], i) => {
      const help = outcomes[2 * i]!;
      const unknown = outcomes[2 * i + 1]!;
      expect({ name, code: help.code, usage: help.stdout.startsWith('Usage: ') }).toEqual({
        name,
        code: 0,
        usage: true,
      });
      expect({ name, code: unknown.code, stdout: unknown.stdout }).toEqual({
        name,
        code: 2,
        stdout: '',
      });
      expect(unknown.stderr).toContain("Error: Unknown option '--no-such-option'.");
      expect(unknown.stderr).toContain('Usage: ');
      expect(unknown.stderr).not.toMatch(/^ {4}at /m);
    });
  }, 300_000);
});
