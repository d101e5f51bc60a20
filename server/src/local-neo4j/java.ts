/** Finds the tools the local Neo4j needs (Java 17+, Maven) and explains what to do when one is missing. */
import { spawnSync } from 'node:child_process';
import { UserError } from '../errors/user-error.js';

/** Java or Maven is missing or too old; the hint says how to install it. */
class MissingToolError extends UserError {}

const OR_EXTERNAL = 'or set NEO4J_URI (and NEO4J_PASSWORD) to use a Neo4j server you already run.';

/** The major version of `java` on the PATH; throws MissingToolError when absent or older than 17. */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new MissingToolError(
      'Java 17 or newer is needed to run the local Neo4j, and `java` was not found on the PATH.',
      `Install it (Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless), ${OR_EXTERNAL}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new MissingToolError(
      `Java 17 or newer is needed to run Neo4j 5.26, and \`java\` is version ${major || 'unknown'}.`,
      `Install openjdk-17 (or 21) and put it first on the PATH, ${OR_EXTERNAL}`,
    );
  }
  return major;
}

/** Throws MissingToolError when `mvn` is not on the PATH. */
export function checkMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      'Maven (`mvn`) is needed once, to fetch Neo4j from Maven Central, and was not found.',
      `Install it (Debian/Ubuntu: sudo apt-get install maven), ${OR_EXTERNAL}`,
    );
  }
}
