/**
 * Every ```graphql example in README.md and docs/*.md runs against the real server with the seed
 * graph and answers data without errors, so no example can drift from the schema or the seeds.
 * Mutations run in document order as the test editor, with their `example-` ids made unique to the
 * run, and what they created is removed afterwards. A block whose first line is `# not run: why`
 * is skipped, and says why where readers see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorHeaders, gql, startTestApp, type TestApp } from '../../support/app.js';
import { codeBlocks, readDocs } from '../../support/docs.js';
import { graphCounts } from '../../support/graphql/test-entities.js';

const examples = readDocs()
  .flatMap(codeBlocks)
  .filter((block) => block.lang === 'graphql');

/** Scratch ids of this run: the docs' `example-…` ids with a prefix no seed id has. */
const prefix = `docs-${Date.now().toString(36)}`;
const scratch = (code: string) => code.replaceAll('"example-', `"${prefix}-example-`);

let app: TestApp;
/** The graph's counts before the examples ran: what it must have again after the clean-up. */
let before: unknown;
beforeAll(async () => {
  app = await startTestApp();
  before = await graphCounts(app);
});
afterAll(async () => {
  const ids = new Set(
    examples.flatMap((block) =>
      [...scratch(block.code).matchAll(/"([^"~]+)"/g)]
        .map((m) => m[1]!)
        .filter((id) => id.startsWith(prefix)),
    ),
  );
  try {
    for (const id of ids) await app.db.write('edit/delete-entity', { id });
    expect(await graphCounts(app)).toEqual(before);
  } finally {
    await app?.close();
  }
});

/** True when the value holds at least one non-empty list, object or scalar below the root. */
function hasData(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasData);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasData);
  return value !== null && value !== undefined;
}

describe('the GraphQL examples of the docs', () => {
  it('are found (README and docs/api.md have some)', () => {
    const files = new Set(examples.map((block) => block.file));
    expect(files).toContain('README.md');
    expect(files).toContain('docs/api.md');
  });

  for (const block of examples) {
    const skip = /^#\s*not run:\s*(.+)$/m.exec(block.code.split('\n')[0]!);
    const name = `${block.file}:${block.line}`;
    if (skip) {
      it.skip(`${name} (not run: ${skip[1]})`, () => {});
      continue;
    }
    it(`${name} answers data without errors`, async () => {
      const isMutation = /^\s*mutation\b/m.test(block.code);
      const result = await gql(app, scratch(block.code), {}, isMutation ? editorHeaders : {});
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.status).toBe(200);
      expect(result.data).toBeDefined();
      // Every root field answers something: no example shows an empty result.
      for (const [field, value] of Object.entries(result.data!)) {
        expect(hasData(value), `${field} is empty: ${JSON.stringify(value)}`).toBe(true);
      }
    });
  }
});
