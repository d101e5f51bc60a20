/**
 * Requests to every route (/graphql, /health, /ready, the explorer's files and its fallback) with
 * every method fetch() can send, on odd paths: malformed percent-escapes ("/%", "%c0%ae"), NUL and
 * other control characters, "//" and "/..%2f" traversals, unicode, and 100 KB paths. Before issue
 * 12, `GET /%` ended the server process.
 */
import fc from 'fast-check';
import { maybe } from './chance.js';
import type { FuzzRequest } from './fuzz-request.js';

const ROUTES = ['/graphql', '/health', '/ready', '/', '/index.html', '/assets/', '/favicon.ico'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'FOO'];

/** Pieces that make a path odd, alone or several together. */
const oddPieceArb = fc.oneof(
  fc.constantFrom(
    '%',
    '%%',
    '%2',
    '%zz',
    '%c0%ae%c0%ae/',
    '%c0%af',
    '%e0%80%ae',
    '%ed%a0%80',
    '%ff',
    '%00',
    '%0a',
    '%0d%0a',
    '%1b',
    '%7f',
    '%e2%80%ae',
    '%e2%81%a6',
    '//',
    '/..%2f',
    '..%2f..%2fpackage.json',
    '%2e%2e/%2e%2e/',
    '..\\..\\',
    '/./',
    ';',
    'é',
    '😀',
    '\u202e',
    '\u0000',
    '?',
    '#',
    '%3f',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.nat({ max: 100_000 }).map((n) => 'a'.repeat(n)),
);

const pathArb = fc
  .tuple(
    fc.constantFrom(...ROUTES),
    fc.array(oddPieceArb, { minLength: 0, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([route, pieces, before]) =>
    before ? `/${pieces.join('')}${route}` : `${route}${pieces.join('')}`,
  )
  .map((path) => (path.startsWith('/') ? path : `/${path}`));

const headerArb = fc.record(
  {
    accept: fc.constantFrom('text/html', '*/*', 'application/json', 'image/png'),
    'accept-encoding': fc.constantFrom('br', 'gzip', 'identity', 'br;q=0, gzip', 'zstd', '*'),
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
    ),
    'if-none-match': fc.constantFrom('*', '"x"', 'W/"0-0"'),
    range: fc.constantFrom('bytes=0-10', 'bytes=999999999-', 'bytes=-5', 'bytes=x'),
  },
  { requiredKeys: [] },
);

/** Any method on any route, the path made odd most of the time. */
export const routeRequestArb: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.constantFrom(...METHODS),
    pathArb,
    headerArb,
    maybe(fc.string({ maxLength: 200 }), 50, undefined),
  )
  .map(([method, path, headers, body]) => ({
    generator: 'route',
    method,
    path,
    headers,
    ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body }),
    anonymousMutation: false,
  }));
