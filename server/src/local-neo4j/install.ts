/**
 * Fetches Neo4j Community from Maven Central into a version-stamped folder, once. A warm start finds
 * the `.complete` marker and fetches nothing; Maven's own ~/.m2 cache makes a new clone fast too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMaven, MissingToolError } from './java.js';

const POM = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pom.xml');

/** The Neo4j version the pom pins, e.g. "5.26.30". */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new Error(`No <neo4j.version> in ${POM}.`);
  return match[1];
}

/** Returns the folder of Neo4j jars under `dir`, resolving them with Maven first if needed. */
export function ensureNeo4jJars(dir: string, log: (line: string) => void = () => {}): string {
  const version = neo4jVersion();
  const lib = path.join(dir, `lib-${version}`);
  if (existsSync(path.join(lib, '.complete'))) return lib;

  checkMaven();
  log(`Fetching Neo4j ${version} from Maven Central (once)…`);
  const partial = `${lib}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      POM,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${partial}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new MissingToolError(
      `Maven could not fetch Neo4j ${version} (exit ${result.status}):\n${output}`,
    );
  }
  writeFileSync(path.join(partial, '.complete'), `${version}\n`);
  rmSync(lib, { recursive: true, force: true });
  renameSync(partial, lib);
  return lib;
}
