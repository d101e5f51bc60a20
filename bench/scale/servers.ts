/**
 * The two GraphQL servers under test, each in a child process so the load generator does not
 * share their event loop: the real ActorGraph server (server/src/main.ts) and @neo4j/graphql.
 */
import { spawn } from 'node:child_process';
import { ROOT_DIR } from '../../server/src/config/config.js';
import type { Connection } from '../../server/src/db/connect.js';
import { freePort } from '../../tests/support/test-database.js';

export interface RunningServer {
  url: string;
  /** The child process's id, e.g. to read its resident memory from /proc. */
  pid: number;
  /** What the child wrote to stdout and stderr so far (stderr keeps its logged errors). */
  output(): string;
  stop(): Promise<void>;
}

function startChild(
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  url: (match: RegExpExecArray) => string,
): Promise<RunningServer> {
  // BENCH_CPU_PROF_DIR: where the server writes a V8 CPU profile when it exits (where its CPU goes).
  const profile = process.env.BENCH_CPU_PROF_DIR;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', script], {
    cwd: ROOT_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = ready.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      resolve({
        url: url(match),
        pid: child.pid!,
        output: () => output,
        stop: () =>
          new Promise((done) =>
            child.exitCode !== null
              ? done()
              : (child.once('exit', () => done()), child.kill('SIGTERM')),
          ),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (data: Buffer) => (output += data.toString()));
    child.once('exit', (code) =>
      reject(
        new Error(`${script} exited with ${code} before it was ready:\n${output.slice(-2000)}`),
      ),
    );
  });
}

const connectionEnv = (connection: Connection) => ({
  NEO4J_URI: connection.uri,
  NEO4J_USER: connection.user,
  NEO4J_PASSWORD: connection.password,
  NEO4J_DATABASE: connection.database,
});

/**
 * `npm start`'s server (without the explorer build) against `connection`. Benchmarks measure
 * capacity, not the per-client rate limiter, in-flight cap and database share (all their load
 * comes from one address), and their documents are not persisted operations: all are switched off whatever the
 * environment says, unless `overrides` (the fairness benchmark's) say otherwise.
 */
export async function startActorGraph(
  connection: Connection,
  overrides: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const port = await freePort();
  return startChild(
    'server/src/main.ts',
    {
      ...connectionEnv(connection),
      PORT: String(port),
      RATE_LIMIT_POINTS_PER_MINUTE: '0',
      CLIENT_MAX_IN_FLIGHT: '0',
      // The whole database capacity (DB_MAX_CONCURRENCY, default 8) for the one client: no share.
      DB_MAX_PER_CLIENT: process.env.DB_MAX_CONCURRENCY ?? '8',
      ACTORGRAPH_PERSISTED_ONLY: 'false',
      ...overrides,
    },
    /ActorGraph is running/,
    () => `http://127.0.0.1:${port}/graphql`,
  );
}

export function startNeo4jGraphql(connection: Connection): Promise<RunningServer> {
  return startChild(
    'bench/scale/serve-neo4j-graphql.ts',
    connectionEnv(connection),
    /READY (\S+)/,
    (match) => match[1]!,
  );
}
