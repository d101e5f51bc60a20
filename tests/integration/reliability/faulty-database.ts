/**
 * A Neo4j of the fault tests' own — never the run's shared one, which the other test files use —
 * with the schema and the seed graph, the real app on it, and the faults: SIGKILL, SIGSTOP and
 * SIGCONT of the java process, and a restart in the same folder on the same ports.
 */
import { openDatabase } from '../../../server/src/db/connect.js';
import { runningPid } from '../../../server/src/local-neo4j/instance.js';
import { seedDatabase } from '../../../server/src/seed/load-seeds.js';
import { MANY_CLIENTS, startTestApp, testConfig, type TestApp } from '../../support/app.js';
import { startTestDatabase, type TestDatabaseInfo } from '../../support/test-database.js';
import { sleep } from './load.js';

export interface FaultyDatabase {
  info: TestDatabaseInfo;
  /** The app, started once; it must ride out every fault without a restart. */
  app: TestApp;
  /** SIGKILL: no shutdown, no flush; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGSTOP: the process and its sockets stay, nothing answers (a hung database). */
  pause(): void;
  /** SIGCONT after `pause`. */
  resume(): void;
  /** Starts Neo4j again on the same folder and ports; resolves once Bolt accepts the password. */
  restart(): Promise<void>;
  /** Stops the app and the Neo4j (also a paused or killed one) and removes its folder. */
  close(): Promise<void>;
}

/**
 * For the durability test: a query timeout far above what any of its queries takes, so that a slow
 * first write to a database just recovered on a busy machine is not cut off and counted against
 * the app (the timeout itself is tested in database-hung and db/driver-errors). Not for
 * database-killed, whose point is how requests are answered while Neo4j starts again.
 */
export const UNTIMED = { QUERY_TIMEOUT_MS: '120000' };

export async function startFaultyDatabase(env: NodeJS.ProcessEnv = {}): Promise<FaultyDatabase> {
  const database = await startTestDatabase();
  const { info } = database;
  let paused = false;
  const pid = () => {
    const found = runningPid(info.home);
    if (found === undefined) throw new Error(`No Neo4j runs in ${info.home}.`);
    return found;
  };
  let app: TestApp | undefined;
  const close = async () => {
    if (paused) process.kill(pid(), 'SIGCONT');
    paused = false;
    await app?.close();
    await database.stop();
  };
  try {
    // As in global-setup.ts: seeding a cold database on a busy machine can take minutes.
    const seeding = await openDatabase(info, { queryTimeoutMs: 120_000 });
    await seedDatabase(seeding.db);
    await seeding.driver.close();
    app = await startTestApp(testConfig({ ...MANY_CLIENTS, ...env }), info);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    info,
    app,
    kill: async () => {
      const killed = pid();
      process.kill(killed, 'SIGKILL');
      while (runningPid(info.home) === killed) await sleep(10);
    },
    pause: () => {
      process.kill(pid(), 'SIGSTOP');
      paused = true;
    },
    resume: () => {
      process.kill(pid(), 'SIGCONT');
      paused = false;
    },
    restart: () => database.start(),
    close,
  };
}
