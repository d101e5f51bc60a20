/**
 * The local Neo4j never outlives its server unnoticed: a crash stops it (last-resort.ts), and one
 * left by a server that died anyway is found and stopped at the next start (local-neo4j/owner.ts).
 * A long-running `sleep` stands in for the Neo4j process: these are the pid-file rules, and
 * starting a real Neo4j per case would take minutes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pidFile } from '../../../server/src/local-neo4j/instance.js';
import { stopOrphan } from '../../../server/src/local-neo4j/local.js';
import { claimNeo4j, findOrphan, ownerFile } from '../../../server/src/local-neo4j/owner.js';

const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A home whose "Neo4j" is a running sleep; returns the home and that pid. */
function fakeHome(): { home: string; pid: number } {
  const home = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-neo4j-'));
  mkdirSync(path.join(home, 'run'));
  const child = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
  child.unref();
  started.push(child.pid!);
  writeFileSync(pidFile(home), `${child.pid}\n`);
  return { home, pid: child.pid! };
}

const CRASHER = path.join(import.meta.dirname, '../../support/process/crash-after-start.ts');

/** The pid of a process that has ended. */
const deadPid = () => spawnSync('true').pid;

describe('an orphaned local Neo4j', () => {
  it('is found and stopped when the server that started it is gone', async () => {
    const { home, pid } = fakeHome();
    const owner = deadPid();
    writeFileSync(ownerFile(home), `${owner}\n`);
    expect(findOrphan(home)).toEqual({ pid, ownerPid: owner });
    const lines: string[] = [];
    expect(await stopOrphan(home, (line) => lines.push(line))).toBe(true);
    expect(lines.join()).toContain(`left running by an ActorGraph server (pid ${owner})`);
    expect(alive(pid)).toBe(false);
    expect(existsSync(pidFile(home))).toBe(false);
    expect(existsSync(ownerFile(home))).toBe(false);
  });

  it('is not one while its server lives, nor when no server started it (npm run db:start)', async () => {
    const { home, pid } = fakeHome();
    expect(findOrphan(home)).toBeUndefined();
    claimNeo4j(home);
    expect(findOrphan(home)).toBeUndefined();
    writeFileSync(ownerFile(home), `${pid}\n`);
    expect(findOrphan(home)).toBeUndefined();
    expect(await stopOrphan(home, () => {})).toBe(false);
    expect(alive(pid)).toBe(true);
  });
});

describe('a crash past every handler', () => {
  it('is logged, and stops the Neo4j the server started before the process exits', async () => {
    const { home, pid } = fakeHome();
    // Not spawnSync: this process must stay free to reap the stand-in once it is stopped.
    const child = spawn(process.execPath, ['--import', 'tsx', CRASHER, home]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const result = { status, stderr };
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[fatal] Uncaught exception; the server stops.');
    expect(result.stderr).toContain('boom from a timer');
    expect(result.stderr).toContain(`Stopped the local Neo4j in ${home}`);
    expect(alive(pid)).toBe(false);
  }, 60_000); // starting node with tsx takes seconds on a busy machine
});
