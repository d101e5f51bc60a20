/**
 * Requests a careful client never sends: bodies that are not JSON or not a request object, fields of
 * the wrong type, odd content types, methods, Accept and Authorization headers, GETs with odd
 * parameters, near-miss paths.
 */
import fc from 'fast-check';
import { maybe } from './chance.js';
import { type FuzzRequest, JSON_HEADERS, VALID_QUERY as VALID } from './fuzz-request.js';
import { nastyStringArb } from './nasty-text.js';

/** Accept headers, from the ones GraphQL over HTTP names to ones it cannot answer. */
export const acceptArb = fc.constantFrom(
  'application/graphql-response+json',
  'application/json',
  'application/graphql-response+json, application/json;q=0.9',
  '*/*',
  'text/event-stream',
  'multipart/mixed',
  'text/html',
  'image/png',
);

/** Bodies that are not a GraphQL request object. */
const badBodyArb = fc.oneof(
  fc.constantFrom(
    '',
    'null',
    '[]',
    '123',
    '"{ __typename }"',
    'true',
    '{',
    '{"query":',
    `[{"query":${JSON.stringify(VALID)}}]`,
    '{"query": 1}',
    '{"query": null}',
    '{"query": ["{ __typename }"]}',
    '{"query": {"kind": "Document", "definitions": []}}',
    `{"query": ${JSON.stringify(VALID)}, "variables": "{}"}`,
    `{"query": ${JSON.stringify(VALID)}, "variables": "{\\"a\\": 1}"}`,
    `{"query": ${JSON.stringify(VALID)}, "variables": [1, 2]}`,
    `{"query": ${JSON.stringify(VALID)}, "variables": 7}`,
    `{"query": ${JSON.stringify(VALID)}, "operationName": 7}`,
    `{"query": ${JSON.stringify(VALID)}, "operationName": {}}`,
    `{"query": ${JSON.stringify(VALID)}, "extensions": "x"}`,
    `{"query": ${JSON.stringify(VALID)}, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}`,
    `{"query": ${JSON.stringify(VALID)}, "__proto__": {"polluted": true}}`,
    `{"query": ${JSON.stringify(VALID)}, "query": 5}`,
    `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "${'a'.repeat(64)}"}}}`,
    `{"query": ${JSON.stringify(VALID)}, "variables": ${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
    `{"query": ${JSON.stringify(VALID)}, "variables": {"a": ${'{"b":'.repeat(3_000)}1${'}'.repeat(3_000)}}}`,
    '\ufeff{"query": "{ __typename }"}',
  ),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .dictionary(
      fc.constantFrom('query', 'variables', 'operationName', 'extensions', 'x'),
      fc.jsonValue(),
      {
        maxKeys: 4,
      },
    )
    .map((v) => JSON.stringify(v)),
);

const contentTypeArb = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'text/plain',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/xml',
  '',
  'application/json, text/plain',
);

export function malformedRequestArb(): fc.Arbitrary<FuzzRequest> {
  const request = (
    generator: string,
    rest: Omit<FuzzRequest, 'generator' | 'anonymousMutation'>,
  ) => ({
    generator,
    anonymousMutation: false,
    ...rest,
  });
  const query = fc.oneof(
    fc.constantFrom(VALID, 'mutation { deleteRelation(id: "x") }', '{ __typename }', '', '{'),
    nastyStringArb,
  );
  return fc.oneof(
    badBodyArb.map((b) =>
      request('bad body', { method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: b }),
    ),
    fc
      .tuple(
        contentTypeArb,
        fc.oneof(
          badBodyArb,
          fc.constant(`{"query":${JSON.stringify(VALID)}}`),
          fc.constant(`query=${encodeURIComponent(VALID)}`),
          fc.constant(`query=${encodeURIComponent(VALID)}&variables=%7Boops`),
          fc.constant(VALID),
          fc.constant(
            '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n--x--\r\n',
          ),
        ),
      )
      .map(([type, b]) =>
        request('content type', {
          method: 'POST',
          path: '/graphql',
          headers: { ...JSON_HEADERS, 'content-type': type },
          body: b,
        }),
      ),
    fc
      .tuple(
        query,
        maybe(fc.oneof(nastyStringArb, fc.constant('{"a":1}')), 40, undefined),
        maybe(nastyStringArb, 20, undefined),
        acceptArb,
      )
      .map(([q, variables, operationName, accept]) => {
        const params = new URLSearchParams({ query: q });
        if (variables !== undefined) params.set('variables', variables);
        if (operationName !== undefined) params.set('operationName', operationName);
        return request('GET', {
          method: 'GET',
          path: `/graphql?${params.toString()}`,
          headers: { accept },
        });
      }),
    fc
      .tuple(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'), fc.boolean())
      .map(([method, withBody]) =>
        request('method', {
          method,
          path: '/graphql',
          headers: JSON_HEADERS,
          ...(withBody && method !== 'HEAD' ? { body: `{"query":${JSON.stringify(VALID)}}` } : {}),
        }),
      ),
    fc
      .oneof(
        fc.constantFrom(
          'Bearer',
          'Bearer ',
          'Basic dXNlcjpwYXNz',
          'bearer x y',
          `Bearer ${'t'.repeat(5_000)}`,
          'Bearer \u00ff\u00fe',
        ),
        fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((t) => `Bearer ${t}`),
      )
      .map((authorization) =>
        request('authorization', {
          method: 'POST',
          path: '/graphql',
          headers: { ...JSON_HEADERS, authorization },
          body: `{"query":${JSON.stringify(VALID)}}`,
        }),
      ),
    fc
      .constantFrom(
        '/graphql/',
        '/graphql?',
        '/GRAPHQL',
        '/graphql;x',
        '/graphql%00',
        '/graphql?query=%ZZ',
      )
      .map((path) =>
        request('path', { method: 'GET', path, headers: { accept: 'application/json' } }),
      ),
  );
}
