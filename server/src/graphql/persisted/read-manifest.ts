/**
 * The persisted-operations manifest: a JSON object mapping the SHA-256 (hex) of each allowed
 * document to the document, the format `npm run persisted` writes for the explorer and GraphQL
 * Codegen's persisted documents use. Checked whole at start-up, so a stale or hand-edited entry
 * stops the server with its hash named instead of failing one request later.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Hash → document; throws an Error naming the file and the entry at fault. */
export function readManifest(file: string): Map<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read ${file} as JSON (${(error as Error).message}). ` +
        'npm run persisted writes the explorer’s manifest.',
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${file} must hold an object of hash → document.`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(json)) {
    const problem =
      typeof document !== 'string'
        ? 'is not a string'
        : sha256Hex(document) !== hash
          ? 'is not the SHA-256 (lower-case hex) of its document'
          : syntaxError(document);
    if (problem) throw new Error(`in ${file}, entry "${hash}" ${problem}.`);
    manifest.set(hash, document as string);
  }
  return manifest;
}

function syntaxError(document: string): string | undefined {
  try {
    parse(document);
    return undefined;
  } catch (error) {
    return `is not a GraphQL document: ${(error as Error).message}`;
  }
}
