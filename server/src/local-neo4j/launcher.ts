/**
 * Starts and stops a local Neo4j Community server from the jars Maven fetched: `java -cp lib/*
 * CommunityEntryPoint` with a neo4j.conf written here. Used by `npm start`, `npm run db:*` and the
 * test run's global setup, so all three behave the same.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { UserError } from '../errors/user-error.js';
import { checkJava } from './java.js';
import { releaseNeo4j } from './owner.js';
import {
  boltUri,
  consoleLogFile,
  logFile,
  type InstanceOptions,
  logTail,
  neo4jConf,
  pidFile,
  runningPid,
} from './instance.js';

/** The local Neo4j did not come up; `details` holds the tail of its log. */
export class Neo4jStartError extends UserError {}

/** Where to look when Neo4j did not come up. */
const seeLog = (home: string) =>
  `See its log, ${logFile(home)} (npm run db:logs for the project's own), or run with DEBUG=actorgraph.`;

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Resolves once Bolt accepts the password; rejects with the log tail on exit, refusal or time-out. */
async function waitUntilReady(
  options: InstanceOptions,
  exited: () => number | null,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(
    boltUri(options.boltPort),
    neo4j.auth.basic('neo4j', options.password),
    {
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => {} },
    },
  );
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.includes('Unauthorized')) {
          throw new Neo4jStartError(
            `Neo4j in ${options.home} rejected the password: it was created with another one. ` +
              'Set NEO4J_PASSWORD to that password, or delete that folder to start with an empty database.',
          );
        }
        const exitCode = exited();
        if (exitCode !== null) {
          throw new Neo4jStartError(
            `Neo4j exited with code ${exitCode} while starting.`,
            seeLog(options.home),
            logTail(options.home),
          );
        }
        if (Date.now() > deadline) {
          throw new Neo4jStartError(
            `Neo4j did not accept connections within ${timeoutMs / 1000} s.`,
            seeLog(options.home),
            logTail(options.home),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await driver.close();
  }
}

export interface StartResult {
  pid: number;
  /** True when an instance was already running in this home and was reused. */
  reused: boolean;
}

/** Starts Neo4j in `options.home`, or reuses the one already running there. */
export async function startNeo4j(
  options: InstanceOptions,
  timeoutMs = 120_000,
): Promise<StartResult> {
  const existing = runningPid(options.home);
  if (existing !== undefined) {
    // It may be shutting down (a previous run being stopped): then wait for it to go, and start anew.
    const gone = () => (runningPid(options.home) === undefined ? 0 : null);
    try {
      await waitUntilReady(options, gone, timeoutMs);
      return { pid: existing, reused: true };
    } catch (error) {
      if (gone() === null) throw error;
    }
  }
  checkJava();
  for (const [port, what, variable] of [
    [options.boltPort, 'Bolt', 'NEO4J_BOLT_PORT'],
    [options.httpPort, 'HTTP', 'NEO4J_HTTP_PORT'],
  ] as const) {
    if (!(await portFree(port))) {
      throw new Neo4jStartError(
        `Port ${port} (Neo4j ${what}) is already in use by another program. ` +
          `Stop that program or set ${variable} to a free port.`,
      );
    }
  }
  for (const sub of ['conf', 'data', 'logs', 'plugins', 'import', 'run']) {
    mkdirSync(path.join(options.home, sub), { recursive: true });
  }
  writeFileSync(path.join(options.home, 'conf', 'neo4j.conf'), neo4jConf(options));
  const env = {
    ...process.env,
    NEO4J_HOME: options.home,
    NEO4J_CONF: path.join(options.home, 'conf'),
  };
  const classpath = `${options.lib}${path.sep}*`;

  if (!existsSync(path.join(options.home, 'data', 'dbms', 'auth.ini'))) {
    const result = spawnSync(
      'java',
      [
        '-cp',
        classpath,
        'org.neo4j.cli.AdminTool',
        'dbms',
        'set-initial-password',
        options.password,
      ],
      { env, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new Neo4jStartError(
        'Could not set the initial Neo4j password.',
        seeLog(options.home),
        result.stderr || result.stdout,
      );
    }
  }

  const out = openSync(consoleLogFile(options.home), 'a');
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${options.home}`,
      `--config-dir=${path.join(options.home, 'conf')}`,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  if (child.pid === undefined) throw new Neo4jStartError('Could not start java.');
  writeFileSync(pidFile(options.home), `${child.pid}\n`);
  let exitCode: number | null = null;
  child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 1);
  });
  try {
    await waitUntilReady(options, () => exitCode, timeoutMs);
  } catch (error) {
    await stopNeo4j(options.home);
    throw error;
  }
  return { pid: child.pid, reused: false };
}

/** Stops the instance in `home` (SIGTERM, then SIGKILL after `graceMs`); false when none ran. */
export async function stopNeo4j(home: string, graceMs = 30_000): Promise<boolean> {
  const pid = runningPid(home);
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (runningPid(home) !== undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (runningPid(home) !== undefined) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(home), { force: true });
  releaseNeo4j(home);
  return true;
}
