/** How command-line entry points end on an error: a short message for known problems, a trace otherwise. */
import { ConnectError } from './bootstrap.js';
import { ConfigError } from './config.js';
import { MissingToolError } from './local-neo4j/java.js';
import { Neo4jStartError } from './local-neo4j/launcher.js';
import { SeedLoadError } from './seed/load-seeds.js';
import { SeedValidationError } from './seed/read-seeds.js';

const KNOWN = [
  ConfigError,
  ConnectError,
  MissingToolError,
  Neo4jStartError,
  SeedValidationError,
  SeedLoadError,
];

export function exitWithError(error: unknown): never {
  const known =
    KNOWN.some((type) => error instanceof type) ||
    (error instanceof Error && /^Port \d+ /.test(error.message));
  console.error(`\nActorGraph could not start: ${known ? (error as Error).message : ''}`);
  if (!known) console.error(error);
  process.exit(1);
}
