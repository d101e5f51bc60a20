/**
 * The `npm start` path as a user meets it: `tsx server/src/main.ts` in a child process with a data
 * folder of its own (the Neo4j jars are shared through a link). On a fresh folder it starts Neo4j,
 * generates a password (a 0600 file, never logged), loads the seeds and serves; Ctrl-C (SIGINT)
 * stops its Neo4j; a restart on the same folder serves the same graph without seeding twice; and a
 * start that fails half-way (its port taken) stops the Neo4j it started.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ROOT_DIR } from '../../../server/src/config/config.js';
import { ensureNeo4jJars, neo4jVersion } from '../../../server/src/local-neo4j/install.js';
import { stopNeo4j } from '../../../server/src/local-neo4j/launcher.js';
import { freePort } from '../../support/test-database.js';

/** "Does not hang" bounds: a cold Neo4j start on a busy 2-core machine takes a minute or two. */
const START_BOUND_MS = 300_000;
const STOP_BOUND_MS = 90_000;

let dir: string;
let env: NodeJS.ProcessEnv;
let port: number;

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(overrides: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(path.join(ROOT_DIR, 'node_modules/.bin/tsx'), ['server/src/main.ts'], {
    cwd: ROOT_DIR,
    env: { ...env, ...overrides },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

/** Polls /ready until 200; fails with the output if the process exits or the bound passes. */
async function ready(run: Run): Promise<void> {
  let exited = false;
  void run.exited.then(() => (exited = true));
  const deadline = Date.now() + START_BOUND_MS;
  while (Date.now() < deadline && !exited) {
    const status = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`npm start did not become ready:\n${run.output()}`);
}

async function stop(run: Run): Promise<number | null> {
  run.child.kill('SIGINT');
  const timeout = new Promise<'hung'>((resolve) =>
    setTimeout(() => resolve('hung'), STOP_BOUND_MS),
  );
  const code = await Promise.race([run.exited, timeout]);
  if (code === 'hung') throw new Error(`npm start did not stop on SIGINT:\n${run.output()}`);
  return code;
}

/** Java processes whose Neo4j home is this test's folder. */
function javaOfThisFolder(): string[] {
  const home = `--home-dir=${path.join(dir, 'local')}`;
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(home));
}

async function graph(): Promise<{ total: number; isK: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ counts { kinds { count } relationTypes { count } } entity(id: "is-k") { name } }',
    }),
  });
  const body = (await response.json()) as {
    data: {
      counts: { kinds: { count: number }[]; relationTypes: { count: number }[] };
      entity: unknown;
    };
  };
  const sum = (list: { count: number }[]) => list.reduce((total, item) => total + item.count, 0);
  const { counts, entity } = body.data;
  return { total: sum(counts.kinds) + sum(counts.relationTypes), isK: entity };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-npm-start-'));
  // The jars are large and fetched once: link the project's, so this folder holds only the data.
  const jars = await ensureNeo4jJars(loadConfig({ ...process.env, NEO4J_URI: '' }).neo4j.dir);
  symlinkSync(jars, path.join(dir, `lib-${neo4jVersion()}`));
  port = await freePort();
  // As a user's shell would have it, minus any setting this test chooses itself.
  const inherited = Object.entries(process.env).filter(
    ([key]) => !/^(NEO4J_|ACTORGRAPH_|VITEST|PORT$|HOST$)/.test(key),
  );
  env = {
    ...Object.fromEntries(inherited),
    ACTORGRAPH_NEO4J_DIR: dir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    PORT: String(port),
  };
});
afterAll(async () => {
  if (dir) {
    await stopNeo4j(path.join(dir, 'local'), 15_000);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('npm start', () => {
  let first: { total: number; isK: unknown };

  it('on a fresh data folder: starts Neo4j, loads the seeds, serves, and stops its Neo4j on Ctrl-C', async () => {
    const run = start();
    await ready(run);
    expect(run.output()).toMatch(/Loaded the seed graph: \d+ entities/);
    first = await graph();
    expect(first.isK).toEqual({ name: 'Islamic State Khorasan Province' });
    expect(first.total).toBeGreaterThan(100);

    const passwordFile = path.join(dir, 'password');
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(passwordFile, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(javaOfThisFolder()).toHaveLength(1);

    expect(await stop(run)).toBe(0);
    expect(javaOfThisFolder()).toEqual([]);
    expect(run.output()).not.toContain(password);
  });

  it('restarted on the same folder: the same graph, not seeded twice', async () => {
    expect(first, 'needs the first start').toBeDefined();
    const run = start();
    await ready(run);
    expect(run.output()).not.toMatch(/Loaded the seed graph/);
    expect(await graph()).toEqual(first);
    expect(await stop(run)).toBe(0);
    expect(javaOfThisFolder()).toEqual([]);
    const password = readFileSync(path.join(dir, 'password'), 'utf8').trim();
    expect(run.output()).not.toContain(password);
  });

  it('a start that fails after Neo4j is up (port taken) stops the Neo4j it started', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const run = start();
      const timeout = new Promise<'hung'>((resolve) =>
        setTimeout(() => resolve('hung'), START_BOUND_MS),
      );
      const code = await Promise.race([run.exited, timeout]);
      expect(code, run.output()).not.toBe('hung');
      expect(code).not.toBe(0);
      expect(run.output()).toContain(`Port ${port} is already in use`);
      expect(run.output()).toMatch(/Started the local Neo4j/);
      expect(javaOfThisFolder()).toEqual([]);
      expect(existsSync(path.join(dir, 'local', 'run', 'neo4j.pid'))).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
