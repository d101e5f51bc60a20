/**
 * Text that has broken search engines, query languages and parsers before: Lucene and Cypher syntax,
 * unicode edge cases, and the seed graph's own ids and names (so that some requests hit real data).
 */
import fc from 'fast-check';
import { entities, relationIdOf, relations } from '../graphql/seed-graph.js';

/** Lucene query-parser syntax, including its word operators. */
const LUCENE_SYNTAX = [
  '+',
  '-',
  '&&',
  '||',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
  'AND',
  'OR',
  'NOT',
  'TO',
  'name:*',
  '*:*',
  'a~2',
  'x^999999',
  '[a TO z]',
  '/.*/',
  '"unterminated',
];

/** Cypher syntax and classic injection payloads. */
const CYPHER_SYNTAX = [
  '`',
  '$',
  '$query',
  '//',
  '/*',
  '*/',
  '}',
  '{',
  "'",
  '"',
  ';',
  'MATCH (n) DETACH DELETE n',
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  "x' }) RETURN 1 UNION MATCH (n) RETURN n //",
  'CALL db.labels()',
  ':param',
  '\\u0027',
  'is-k~RIVAL_OF~',
  '~',
  '~~~',
];

/** Unicode that trips up normalisation, case folding, encoders and terminals. */
export const UNICODE_EDGES = [
  '\u202e', // right-to-left override
  '\u200f', // right-to-left mark
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // byte-order mark
  '\u0000', // NUL
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\ud83d\ude00', // emoji
  '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', // family: a ZWJ sequence
  '\u0130', // İ: lower-cases to two code points
  'ß',
  '\ufb01', // ﬁ ligature: NFKD makes it two letters
  '\u216b', // Ⅻ roman numeral (a \p{N})
  '\u0663', // Arabic-Indic digit three
  '\u0627\u0644\u062f\u0648\u0644\u0629', // Arabic
  'e\u0301', // e + combining acute
  '\u0301', // lone combining mark
  '\r\n',
  '\t',
  '\u2028', // line separator
  '\u00a0', // no-break space
  '\uffff', // a noncharacter
  '\u{10ffff}',
];

const seedIds = entities.map((e) => e.id);
const seedNames = entities.flatMap((e) => [e.name, ...e.aliases]);
const seedRelationIds = relations.map(relationIdOf);

export const seedIdArb = fc.constantFrom(...seedIds);
const seedRelationIdArb = fc.constantFrom(...seedRelationIds);
export const seedSourceIdArb = fc.constantFrom(
  ...entities.filter((e) => e.kind === 'Source').map((e) => e.id),
);

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LUCENE_SYNTAX) },
  { weight: 3, arbitrary: fc.constantFrom(...CYPHER_SYNTAX) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 2, arbitrary: fc.constantFrom(...seedNames) },
  { weight: 1, arbitrary: fc.constantFrom(...seedIds) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '-', '') },
);

/** Mostly short text stitched from the lists above, sometimes plain random text. */
export const nastyStringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'ISKP', 'is-k', 'IS-K', 'x') },
);

/** Ids: seed ids (real hits), near misses, slugs that do not exist, and nasty text. */
export const idLikeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: seedIdArb },
  { weight: 1, arbitrary: seedIdArb.map((id) => id.toUpperCase()) },
  { weight: 1, arbitrary: seedIdArb.map((id) => `${id}-`) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/) },
  { weight: 1, arbitrary: seedRelationIdArb },
  { weight: 3, arbitrary: nastyStringArb },
);

/** Real partial ISO dates. */
export const realDateArb = fc.oneof(
  fc.constantFrom('2021', '2021-08', '2021-08-26', '2022-06', '2024-02-29'),
  fc
    .tuple(
      fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
      fc.constantFrom(4, 7, 10),
    )
    .map(([date, length]) => date.toISOString().slice(0, length)),
);

/** Partial ISO dates, valid and almost valid. */
export const dateLikeArb: fc.Arbitrary<string> = fc.oneof(
  realDateArb,
  fc.constantFrom(
    '2021',
    '2021-08',
    '2021-08-26',
    '2024-02-29',
    '2023-02-29',
    '0000',
    '0000-02-29',
    '0001-01-01',
    '9999-12-31',
    '2021-13',
    '2021-00',
    '2021-08-32',
    '21',
    '2021-8-1',
    '20210826',
    '2021-08-26T00:00:00Z',
    ' 2021',
    '٢٠٢١',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.nat(32))
    .map(([y, m, d]) =>
      [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')]
        .slice(0, 1 + (d % 3))
        .join('-'),
    ),
  nastyStringArb,
);
