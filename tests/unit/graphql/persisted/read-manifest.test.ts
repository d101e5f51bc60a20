import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest, sha256Hex } from '../../../../server/src/graphql/persisted/read-manifest.js';

const dir = mkdtempSync(path.join(tmpdir(), 'actorgraph-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function manifestFile(content: string): string {
  const file = path.join(dir, `${sha256Hex(content)}.json`);
  writeFileSync(file, content);
  return file;
}

const vocabulary = 'query Vocabulary { vocabulary { kinds } }';

describe('readManifest', () => {
  it('reads hash → document', () => {
    const file = manifestFile(JSON.stringify({ [sha256Hex(vocabulary)]: vocabulary }));
    expect([...readManifest(file)]).toEqual([[sha256Hex(vocabulary), vocabulary]]);
  });

  it.each([
    [
      'an entry whose key is not its hash',
      { ['0'.repeat(64)]: vocabulary },
      /"0{64}" is not the SHA-256/,
    ],
    [
      'an upper-case hash',
      { [sha256Hex(vocabulary).toUpperCase()]: vocabulary },
      /is not the SHA-256/,
    ],
    ['a document that is not a string', { [sha256Hex('x')]: 42 }, /is not a string/],
    [
      'a document that does not parse',
      { [sha256Hex('query {')]: 'query {' },
      /is not a GraphQL document/,
    ],
    ['a list instead of an object', [vocabulary], /must hold an object of hash → document/],
  ])('refuses %s, naming the file', (_case, content, message) => {
    const file = manifestFile(JSON.stringify(content));
    expect(() => readManifest(file)).toThrow(message);
    expect(() => readManifest(file)).toThrow(file);
  });

  it('says how to make the manifest when the file is missing', () => {
    expect(() => readManifest(path.join(dir, 'missing.json'))).toThrow(/npm run persisted/);
  });
});
