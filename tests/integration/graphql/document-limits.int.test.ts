/**
 * Limits on a document (DOCUMENT_LIMITS in server/src/graphql/document-limits.ts) answer with a clear error instead of
 * running it, and internal errors reach the client masked: no message, no stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityWrite } from '../../../server/src/domain/graph-write.js';
import { DOCUMENT_LIMITS } from '../../../server/src/graphql/document-limits.js';
import { gql, startTestApp, type TestApp } from '../../support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A document `levels` fields deep (the leaf included): entity > evidence > source > evidence … */
function nested(levels: number): string {
  const objects = Array.from({ length: levels - 2 }, (_, i) =>
    i % 2 === 0 ? 'evidence' : 'source',
  );
  const leaf = objects.at(-1) === 'evidence' ? 'quote' : 'id';
  return `{ entity(id: "kabul") { ${objects.map((f) => `${f} {`).join(' ')} ${leaf} ${'}'.repeat(objects.length)} } }`;
}

const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: entity(id: "kabul") { id }`).join(' ')} }`;
const directives = (count: number) =>
  `{ entity(id: "kabul") { ${'id @include(if: true) '.repeat(count)} } }`;
/** About `count` tokens, most of them in one list (graphql-js refuses ~1000 repeated fields itself). */
const tokens = (count: number) =>
  `{ search(text: "kabul", kinds: [${'Place '.repeat(count - 15)}]) { id } }`;

/**
 * Within the depth, alias and token limits, but each level asks twice for the level below: the
 * cost doubles with every fragment.
 */
const costly = [
  'query { entity(id: "kabul") { evidence { source { ...F4 ...F4 } } } }',
  'fragment F0 on Source { id title }',
  ...[1, 2, 3, 4].map(
    (k) => `fragment F${k} on Source { evidence { source { ...F${k - 1} ...F${k - 1} } } }`,
  ),
].join('\n');

const over = [
  ['depth', nested(DOCUMENT_LIMITS.maxDepth + 1), `depth limit of ${DOCUMENT_LIMITS.maxDepth}`],
  [
    'aliases',
    aliased(DOCUMENT_LIMITS.maxAliases + 1),
    `Aliases limit of ${DOCUMENT_LIMITS.maxAliases}`,
  ],
  [
    'directives',
    directives(DOCUMENT_LIMITS.maxDirectives + 1),
    `Directives limit of ${DOCUMENT_LIMITS.maxDirectives}`,
  ],
  ['cost', costly, `Cost limit of ${DOCUMENT_LIMITS.maxCost}`],
] as const;

describe('document limits', () => {
  it.each([
    ['depth', nested(DOCUMENT_LIMITS.maxDepth)],
    ['aliases', aliased(DOCUMENT_LIMITS.maxAliases)],
    ['directives', directives(DOCUMENT_LIMITS.maxDirectives)],
    ['tokens', tokens(DOCUMENT_LIMITS.maxTokens - 20)],
  ])('runs a document at the %s limit', async (_limit, document) => {
    const result = await gql(app, document);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.status).toBe(200);
  });

  it.each(over)(
    'refuses a document over the %s limit, naming the limit',
    async (_limit, document, message) => {
      const result = await gql(app, document);
      expect(result).not.toHaveProperty('data');
      expect(result.errors!.map((e) => e.message)).toContainEqual(expect.stringContaining(message));
    },
  );

  it('refuses a document over the token limit with HTTP 400, naming the limit', async () => {
    const result = await gql(app, tokens(DOCUMENT_LIMITS.maxTokens + 1));
    expect(result.status).toBe(400);
    expect(result).not.toHaveProperty('data');
    expect(result.errors![0]!.message).toContain(`Token limit of ${DOCUMENT_LIMITS.maxTokens}`);
    expect(result.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  // Found by the fuzz test: graphql-js reads values recursively, and this overflowed its stack.
  it('refuses a value nested too deeply to parse with HTTP 400, within the token limit', async () => {
    // Opening brackets only: the stack may overflow before the parser reaches the missing closings
    // (how deep it gets depends on the stack in use); either way the answer is a 400.
    const document = `{ search(text: "x", kinds: ${'['.repeat(DOCUMENT_LIMITS.maxTokens - 20)}`;
    const result = await gql(app, document);
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await gql(app, '{ search(text: "kabul") { id } }')).status).toBe(200);
  });

  // Armor's rules report through the validation context (see server/src/graphql/yoga.ts).
  it.each(over)(
    'refuses a document over the %s limit with HTTP 400 and an error code',
    async (_limit, document) => {
      const result = await gql(app, document);
      expect(result.status).toBe(400);
      expect(result.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    },
  );
});

describe('internal errors', () => {
  const id = `test-masked-${Date.now().toString(36)}`;
  const missing = `${id}-missing-source`;

  beforeAll(async () => {
    // Written past the API's checks: evidence that cites a source which does not exist.
    const broken = entityWrite({
      id,
      kind: 'Group',
      name: 'Broken evidence',
      evidence: [{ source: missing, quote: 'q' }],
    });
    await app.db.write('edit/upsert-entities', {
      entities: [broken],
      editor: 'test',
      now: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await app.db.write('edit/delete-entity', { id });
  });

  it('are masked: a generic message, no internal detail, no stack trace', async () => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({
        query: `{ entity(id: "${id}") { id evidence { source { id } quote } } }`,
      }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as {
      data: unknown;
      errors: { message: string; path: unknown[]; extensions?: object }[];
    };
    expect(body.data).toEqual({ entity: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({
      message: 'Unexpected error.',
      path: ['entity', 'evidence', 0, 'source'],
    });
    expect(text).not.toContain(missing);
    expect(text).not.toMatch(/stack|originalError|exception|\.ts:\d|at \w+ \(/i);
  });

  it('leave the rest of a response intact', async () => {
    const result = await gql(
      app,
      `{ broken: entity(id: "${id}") { evidence { source { id } } } fine: entity(id: "is-k") { id } }`,
    );
    expect(result.data).toEqual({ broken: null, fine: { id: 'is-k' } });
    expect(result.errors).toHaveLength(1);
  });
});
