/**
 * Fetches Neo4j Community from Maven Central into a version-stamped folder, once. A warm start finds
 * the `.complete` marker and fetches nothing; Maven's own ~/.m2 cache makes a new clone fast too.
 * While Maven fetches, each downloaded jar is reported, so a slow first start does not look hung.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors/user-error.js';
import { checkMaven } from './java.js';

const POM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pom.xml');

/** Maven could not fetch Neo4j; `details` holds the end of its output. */
export class Neo4jDownloadError extends UserError {}

/** The Neo4j version the pom pins, e.g. "5.26.30". */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new Error(`No <neo4j.version> in ${POM}.`);
  return match[1];
}

/**
 * The progress line for one line of Maven's batch-mode output: a downloaded jar, e.g.
 * "[INFO] Downloaded from central: https://…/neo4j-kernel-5.26.30.jar (3.4 MB at 1.2 MB/s)".
 * Poms and checksums are many and small: left out.
 */
export function downloadProgress(line: string): string | undefined {
  const match = /Downloaded from [^:]+: \S*\/([^/\s]+\.jar) \(([^)]*)\)/.exec(line);
  return match ? `${match[1]} (${match[2]})` : undefined;
}

const OFFLINE =
  /Could not transfer|Unknown ?host|Connection refused|Connect(ion)? timed out|Network is unreachable|Could not resolve/i;

function runMaven(
  args: string[],
  log: (line: string) => void,
): Promise<{ code: number; tail: string[] }> {
  const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let jars = 0;
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
  };
  createInterface({ input: mvn.stdout }).on('line', (line) => {
    keep(line);
    const fetched = downloadProgress(line);
    if (fetched) log(`  fetched ${++jars}: ${fetched}`);
  });
  createInterface({ input: mvn.stderr }).on('line', keep);
  return new Promise((resolve, reject) => {
    mvn.once('error', reject);
    mvn.once('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

/** The error for a failed Maven run, from the end of its output: offline, or something else. */
export function downloadFailure(version: string, code: number, tail: string[]): Neo4jDownloadError {
  const details = tail.join('\n');
  return OFFLINE.test(details)
    ? new Neo4jDownloadError(
        `Maven Central could not be reached to fetch Neo4j ${version}.`,
        'Check the network (and a proxy in ~/.m2/settings.xml), then start again; ' +
          'or set NEO4J_URI (and NEO4J_PASSWORD) to use a Neo4j server you already run.',
        details,
      )
    : new Neo4jDownloadError(
        `Maven could not fetch Neo4j ${version} (exit ${code}).`,
        'Run again with DEBUG=actorgraph to see Maven’s output.',
        details,
      );
}

/** Returns the folder of Neo4j jars under `dir`, resolving them with Maven first if needed. */
export async function ensureNeo4jJars(
  dir: string,
  log: (line: string) => void = () => {},
): Promise<string> {
  const version = neo4jVersion();
  const lib = path.join(dir, `lib-${version}`);
  if (existsSync(path.join(lib, '.complete'))) return lib;

  checkMaven();
  log(`Fetching Neo4j ${version} from Maven Central (once; about 150 MB)…`);
  const partial = `${lib}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const { code, tail } = await runMaven(
    [
      '-B',
      '-f',
      POM,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${partial}`,
      '-DincludeScope=runtime',
    ],
    log,
  );
  if (code !== 0) throw downloadFailure(version, code, tail);
  writeFileSync(path.join(partial, '.complete'), `${version}\n`);
  rmSync(lib, { recursive: true, force: true });
  renameSync(partial, lib);
  return lib;
}
