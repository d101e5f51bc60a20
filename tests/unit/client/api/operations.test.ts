/**
 * Every GraphQL operation the explorer sends must be valid against the server's schema and stay
 * inside the server's document limits (server/src/graphql/yoga.ts DOCUMENT_LIMITS), or it would fail only
 * at run time in the browser.
 */
import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { buildSchema, Lexer, parse, Source, specifiedRules, TokenKind, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { explorerOperations } from '../../../../scripts/persisted-operations.js';
import { DOCUMENT_LIMITS } from '../../../../server/src/graphql/document-limits.js';

const LIMITS = DOCUMENT_LIMITS;

const schema = buildSchema(
  readFileSync(new URL('../../../../server/src/graphql/schema.graphql', import.meta.url), 'utf8'),
);
// Every operation exported from client/src/api, found the way the persisted-operations manifest finds them.
const operations = await explorerOperations();

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

describe.each(operations.map((op) => [op.name, op] as const))('operation %s', (name, op) => {
  it('is valid against the schema and named as declared', () => {
    const document = parse(op.document);
    expect(validate(schema, document, specifiedRules)).toEqual([]);
    const names = document.definitions.flatMap((d) =>
      d.kind === 'OperationDefinition' ? [d.name?.value] : [],
    );
    expect(names).toEqual([name]);
  });

  it('stays within the server limits on depth, tokens and cost', () => {
    const document = parse(op.document);
    const rules = [
      costLimitRule({ maxCost: LIMITS.maxCost, ignoreIntrospection: true }),
      maxDepthRule({ n: LIMITS.maxDepth, ignoreIntrospection: true }),
    ];
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
    expect(tokenCount(op.document)).toBeLessThanOrEqual(LIMITS.maxTokens);
  });
});
