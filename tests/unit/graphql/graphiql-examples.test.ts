/** GraphiQL's opening examples stay valid as the schema changes: each is validated against it. */
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../../server/src/graphql/graphiql-examples.js';

const schema = buildSchema(
  readFileSync(new URL('../../../server/src/graphql/schema.graphql', import.meta.url), 'utf8'),
);

describe('the GraphiQL examples', () => {
  it('are valid operations of the schema', () => {
    const document = parse(GRAPHIQL_EXAMPLES);
    expect(document.definitions.length).toBeGreaterThan(3);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
