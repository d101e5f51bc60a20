/**
 * `npm run persisted [-- <file>]`: the explorer's GraphQL operations as a persisted-operations
 * manifest (SHA-256 of each document → document), into build/persisted-operations.json unless a
 * file is given. `npm run build:client` writes it too, so it matches the explorer just built.
 * Serve it with ACTORGRAPH_PERSISTED_OPERATIONS=<file>, and ACTORGRAPH_PERSISTED_ONLY=true to run
 * nothing else. Every operation exported by a module of client/src/api is included, so a new one
 * needs no list to be kept in step.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Operation } from '../client/src/api/client.js';
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { ROOT_DIR } from '../server/src/config/config.js';
import { sha256Hex } from '../server/src/graphql/persisted/read-manifest.js';

const API_DIR = path.join(ROOT_DIR, 'client/src/api');
export const DEFAULT_MANIFEST = path.join(ROOT_DIR, 'build/persisted-operations.json');

const isOperation = (value: unknown): value is Operation<unknown, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Operation<unknown, unknown>).name === 'string' &&
  typeof (value as Operation<unknown, unknown>).document === 'string' &&
  typeof (value as Operation<unknown, unknown>).hash === 'string';

/** The operations the explorer can send, by name. */
export async function explorerOperations(): Promise<Operation<unknown, unknown>[]> {
  const found = new Map<string, Operation<unknown, unknown>>();
  for (const file of readdirSync(API_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const module = (await import(pathToFileURL(path.join(API_DIR, file)).href)) as object;
    for (const value of Object.values(module)) if (isOperation(value)) found.set(value.name, value);
  }
  return [...found.values()];
}

/**
 * The manifest of these operations. The hash is computed here with node:crypto, not taken from
 * the client, so a fault in the client's own SHA-256 shows as an unknown hash, never a wrong text.
 */
export function manifestOf(
  operations: readonly Operation<unknown, unknown>[],
): Record<string, string> {
  return Object.fromEntries(operations.map((op) => [sha256Hex(op.document), op.document]));
}

const COMMAND = {
  usage: 'npm run persisted -- [<file>]',
  summary:
    'Writes the explorer’s GraphQL operations as a persisted-operations manifest (SHA-256 → document), ' +
    'into build/persisted-operations.json unless a file is given.',
  options: {},
  positionals: 1,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCommand(async () => {
    const { positionals } = parseCommand(COMMAND);
    const file = path.resolve(positionals[0] ?? DEFAULT_MANIFEST);
    const operations = await explorerOperations();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(manifestOf(operations), null, 2)}\n`);
    console.log(
      `Wrote ${operations.length} persisted operations (${operations.map((op) => op.name).join(', ')}) to ${path.relative(process.cwd(), file)}`,
    );
  });
}
