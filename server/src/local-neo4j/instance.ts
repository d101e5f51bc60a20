/** Where one local Neo4j instance keeps its files, and how to read its state from them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface InstanceOptions {
  /** Folder of this instance: conf/, data/, logs/, run/. */
  home: string;
  /** Folder of Neo4j jars (see install.ts). */
  lib: string;
  boltPort: number;
  httpPort: number;
  password: string;
  heap: string;
  pageCache: string;
  /**
   * Lets `LOAD CSV` read `file:` URLs from the instance's import/ folder. Only the benchmark's
   * instances turn it on (its LOAD CSV baseline); the app's and the tests' Neo4j refuse them.
   */
  csvFileImport?: boolean;
}

export const pidFile = (home: string): string => path.join(home, 'run', 'neo4j.pid');
export const logFile = (home: string): string => path.join(home, 'logs', 'neo4j.log');
export const consoleLogFile = (home: string): string => path.join(home, 'logs', 'console.log');
export const boltUri = (port: number): string => `bolt://127.0.0.1:${port}`;

/** The pid of the running instance in `home`, or undefined when none runs. */
export function runningPid(home: string): number | undefined {
  if (!existsSync(pidFile(home))) return undefined;
  const pid = Number(readFileSync(pidFile(home), 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** The last `lines` lines of the instance's logs, for error messages and `db:logs`. */
export function logTail(home: string, lines = 30): string {
  const parts: string[] = [];
  for (const file of [logFile(home), consoleLogFile(home)]) {
    if (!existsSync(file)) continue;
    const tail = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    if (tail) parts.push(`--- ${path.relative(process.cwd(), file)} ---\n${tail}`);
  }
  return parts.join('\n') || '(no Neo4j log yet)';
}

/** The neo4j.conf for an instance: loopback only, auth on, everything under `home`. */
export function neo4jConf(options: InstanceOptions): string {
  const dir = (name: string) => path.join(options.home, name);
  return [
    '# Written by ActorGraph’s launcher at every start; edit server/src/local-neo4j/instance.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.run=${dir('run')}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    'dbms.usage_report.enabled=false',
    // Neo4j's default is true: say false unless asked, so no query can read the server's files.
    `dbms.security.allow_csv_import_from_file_urls=${options.csvFileImport === true}`,
    '',
  ].join('\n');
}
