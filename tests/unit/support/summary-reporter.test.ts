/**
 * The closing line of a run must agree with its exit code: vitest runs, as a child process, small
 * fixture projects with the project's summary reporter, and the test reads both.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const vitestBin = path.join(repo, 'node_modules/vitest/vitest.mjs');
const reporter = path.join(repo, 'tests/support/summary-reporter.ts');
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes `files` (path → source) into a fresh fixture project with `layers` and runs vitest. */
async function runFixture(
  files: Record<string, string>,
  layers: Record<string, { include: string; globalSetup?: string; setupFiles?: string }>,
): Promise<{ code: number; lines: string[] }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-summary-'));
  folders.push(root);
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), source);
  }
  const projects = Object.entries(layers).map(([name, layer]) => ({
    extends: true,
    test: {
      name,
      include: [layer.include],
      globalSetup: layer.globalSetup ?? [],
      setupFiles: layer.setupFiles ?? [],
    },
  }));
  const config = { test: { globals: true, reporters: ['default', reporter], projects } };
  writeFileSync(path.join(root, 'vitest.config.mjs'), `export default ${JSON.stringify(config)};`);
  // The child must not believe it is a worker of this run.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [vitestBin, 'run', '--root', root, '--color=false'],
      { cwd: root, env: { ...env, NO_COLOR: '1' }, timeout: 120_000 },
      (error, stdout) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, lines: stdout.trimEnd().split('\n') });
      },
    );
  });
}

const passing = "test('passes', () => {}); test.skip('later', () => {});";
const failingHook =
  "beforeAll(() => { throw new Error('Chromium not found at /nowhere'); });\n" +
  "test('one', () => {}); test('two', () => {});";

describe('summary reporter', () => {
  it('counts a failed beforeAll, a file that throws on import and an empty file as failures', async () => {
    const run = await runFixture(
      {
        'a/pass.test.js': passing,
        'a/import.test.js': "throw new Error('broken import');",
        'a/empty.test.js': '',
        'b/hook.test.js': failingHook,
      },
      { alpha: { include: 'a/*.test.js' }, beta: { include: 'b/*.test.js' } },
    );
    expect(run.code).toBe(1);
    // 2 tests kept from running by the hook + the file that did not load + the empty file.
    expect(run.lines.at(-1)).toBe('1 passed, 4 failed, 1 skipped');
    expect(run.lines).toContain('  beta: could not start — Chromium not found at /nowhere');
    expect(run.lines).toContain('  alpha: 1 test ran (2 files failed outside any test, 1 skipped)');
  }, 120_000);

  it('counts a failed afterAll after passing tests, and a failing test', async () => {
    const run = await runFixture(
      {
        'a/after.test.js': "afterAll(() => { throw new Error('x'); }); test('ran', () => {});",
        'a/fail.test.js': "test('fails', () => { throw new Error('no'); });",
      },
      { alpha: { include: 'a/*.test.js' } },
    );
    expect(run.code).toBe(1);
    expect(run.lines.at(-1)).toBe('1 passed, 2 failed, 0 skipped');
  }, 120_000);

  it('names a layer whose database could not start, and still runs the other layers', async () => {
    const run = await runFixture(
      {
        'a/pass.test.js': passing,
        'b/needs-db.test.js': "test('queries', () => {});",
        // As tests/support/global-setup.ts does when Neo4j cannot start.
        'no-db.mjs':
          "export default (project) => project.provide('neo4jError', 'Neo4j could not start: no java');",
      },
      {
        alpha: { include: 'a/*.test.js' },
        beta: {
          include: 'b/*.test.js',
          globalSetup: 'no-db.mjs',
          setupFiles: path.join(repo, 'tests/support/require-database.ts'),
        },
      },
    );
    expect(run.code).toBe(1);
    expect(run.lines).toContain('  beta: could not start — Neo4j could not start: no java');
    expect(run.lines.at(-1)).toBe('1 passed, 1 failed, 1 skipped');
  }, 120_000);

  it('is green, with exit code 0, only when everything ran and passed', async () => {
    const run = await runFixture(
      { 'a/pass.test.js': passing },
      { alpha: { include: 'a/*.test.js' }, empty: { include: 'none/*.test.js' } },
    );
    expect(run.code).toBe(0);
    expect(run.lines.at(-1)).toBe('1 passed, 0 failed, 1 skipped');
    expect(run.lines).toContain('  empty: 0 tests ran');
  }, 120_000);
});
