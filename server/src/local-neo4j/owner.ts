/**
 * Which ActorGraph server started the local Neo4j, so that one left running by a server that died
 * (killed, out of memory, a crash past every handler) is noticed at the next start instead of
 * being reused silently. The owner's pid sits beside Neo4j's own pid file in the instance's run/.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runningPid } from './instance.js';

export const ownerFile = (home: string): string => path.join(home, 'run', 'actorgraph-server.pid');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records this process as the one that started (and must stop) the Neo4j in `home`. */
export function claimNeo4j(home: string): void {
  writeFileSync(ownerFile(home), `${process.pid}\n`);
}

/** Forgets the owner of `home`'s Neo4j (it was stopped). */
export function releaseNeo4j(home: string): void {
  rmSync(ownerFile(home), { force: true });
}

export interface Orphan {
  /** The running Neo4j. */
  pid: number;
  /** The ActorGraph server that started it and is gone. */
  ownerPid: number;
}

/**
 * The Neo4j running in `home` when the server that started it has ended, else undefined. One
 * started by `npm run db:start` has no owner and is never an orphan.
 */
export function findOrphan(home: string): Orphan | undefined {
  const pid = runningPid(home);
  if (pid === undefined || !existsSync(ownerFile(home))) return undefined;
  const ownerPid = Number(readFileSync(ownerFile(home), 'utf8').trim());
  if (!Number.isInteger(ownerPid) || ownerPid <= 0) return { pid, ownerPid: 0 };
  return ownerPid !== process.pid && !alive(ownerPid) ? { pid, ownerPid } : undefined;
}
