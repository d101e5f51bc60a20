/**
 * Each expected start-up failure ends in a line or two saying what happened and what to do, with
 * a non-zero exit code and no stack trace (unless DEBUG=actorgraph). Real child processes; the one
 * that needs a database uses the run's Neo4j through NEO4J_URI, so no other Neo4j starts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/config/config.js';
import { freePort } from '../../support/test-database.js';

const info = inject('neo4j');
const temp = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-start-up-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The environment without any of this project's settings, plus `env`. */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NEO4J_|ACTORGRAPH_|PORT$|HOST$|QUERY_TIMEOUT_MS$|DEBUG$)/.test(key),
    ),
  );
  return { ...base, ACTORGRAPH_SOURCES_DIR: path.join(temp, 'no-texts'), ...env };
}

function run(
  script: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT_DIR,
    env: cleanEnv(env),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (data: Buffer) => (err += data.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, err })));
}

const STACK = /^ {4}at /m;
const closedPort = async () => `bolt://127.0.0.1:${await freePort()}`;

describe('start-up failures', () => {
  it('an invalid setting names the variable and the value', async () => {
    const { code, err } = await run('server/src/main.ts', { NEO4J_HEAP: 'lots' });
    expect(code).toBe(1);
    expect(err).toContain('Error: NEO4J_HEAP must be a size such as 512m or 2g, got "lots".');
    expect(err).toContain('.env.example');
    expect(err).not.toMatch(STACK);
  });

  it('a Neo4j that cannot be reached says so; DEBUG=actorgraph adds the stack trace', async () => {
    const uri = await closedPort();
    const quiet = await run('server/src/main.ts', { NEO4J_URI: uri, NEO4J_PASSWORD: 'x' });
    expect(quiet.code).toBe(1);
    expect(quiet.err).toContain(`Error: Neo4j at ${uri} cannot be reached.`);
    expect(quiet.err).not.toMatch(STACK);
    const debug = await run('server/src/main.ts', {
      NEO4J_URI: uri,
      NEO4J_PASSWORD: 'x',
      DEBUG: 'actorgraph',
    });
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(STACK);
  });

  it('a port in use is named, and the server does not start', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const { code, err } = await run('server/src/main.ts', {
        NEO4J_URI: info.uri,
        NEO4J_USER: info.user,
        NEO4J_PASSWORD: info.password,
        PORT: String(port),
      });
      expect(code).toBe(1);
      expect(err).toContain(`Error: Port ${port} is already in use by another program.`);
      expect(err).toContain('set PORT to a free port');
      expect(err).not.toMatch(STACK);
    } finally {
      blocker.close();
    }
  });

  it('invalid seeds are listed by file and path before any database is needed', async () => {
    const seeds = path.join(temp, 'seeds');
    mkdirSync(seeds);
    writeFileSync(path.join(seeds, 'groups.json'), '[{"id": 7}]');
    const { code, err } = await run('scripts/seed.ts', {
      ACTORGRAPH_SEEDS_DIR: seeds,
      NEO4J_URI: await closedPort(),
      NEO4J_PASSWORD: 'x',
    });
    expect(code).toBe(1);
    expect(err).toMatch(/Error: The seed files have \d+ problem\(s\); nothing was loaded:/);
    expect(err).toContain('sources.json: is missing from the seed folder');
    expect(err).toContain('groups.json [0].id');
    expect(err).not.toMatch(STACK);
  });

  it('Java missing: says what to install, or to use NEO4J_URI', async () => {
    const bin = path.join(temp, 'bin-empty');
    mkdirSync(bin);
    const { code, err } = await run('server/src/main.ts', {
      PATH: bin,
      ACTORGRAPH_NEO4J_DIR: path.join(temp, 'neo4j-a'),
    });
    expect(code).toBe(1);
    expect(err).toContain('Error: Java 17 or newer is needed to run the local Neo4j');
    expect(err).toContain('openjdk-17-jre-headless');
    expect(err).toContain('NEO4J_URI');
    expect(err).not.toMatch(STACK);
  });

  it('Maven missing for the first download: says what to install', async () => {
    const java = spawnSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).stdout.trim();
    const bin = path.join(temp, 'bin-java');
    mkdirSync(bin);
    symlinkSync(java, path.join(bin, 'java'));
    const { code, err } = await run('server/src/main.ts', {
      PATH: bin,
      ACTORGRAPH_NEO4J_DIR: path.join(temp, 'neo4j-b'),
    });
    expect(code).toBe(1);
    expect(err).toContain('Error: Maven (`mvn`) is needed once, to fetch Neo4j from Maven Central');
    expect(err).toContain('sudo apt-get install maven');
    expect(err).not.toMatch(STACK);
  });
});
