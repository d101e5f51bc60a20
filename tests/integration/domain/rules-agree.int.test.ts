/**
 * The seed files and the API obey one set of domain rules (server/src/domain/*-rules.ts): each
 * value below goes through the real seed reader (readSeeds on a small seed folder written for the
 * case) and through the real API (upsertEntity or addRelation as an editor), and both must give
 * the same verdict — accepted by both, or refused by both naming the same field.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_OF_KIND, SEED_FILES } from '../../../server/src/seed/seed-format.js';
import { readSeeds, SeedValidationError } from '../../../server/src/seed/read-seeds.js';
import {
  editorHeaders,
  gql,
  MANY_CLIENTS,
  startTestApp,
  testConfig,
  type TestApp,
} from '../../support/app.js';
import type { GqlResult } from '../../support/graphql/expect-error.js';
import {
  ADD_RELATION,
  DELETE_RELATION,
  TestEntities,
  UPSERT,
} from '../../support/graphql/test-entities.js';

/** What differs between the two sides: ids that exist there. */
interface Side {
  /** A Source entity to cite. */
  source: string;
  /** A Group (not a Source) to cite or link. */
  group: string;
  /** The `from` of the relation under test. */
  from: string;
  /** A fresh, valid entity id of exactly `length` characters. */
  idOfLength(length: number): string;
}

type Patch = Record<string, unknown>;
type Target = 'Group' | 'Person' | 'State' | 'Place' | 'Organization' | 'Attack' | 'Source';

interface Rule {
  rule: string;
  /** The entity kind whose record gets the patch, or the relation. */
  on: Target | 'relation';
  /** The field refused values are refused at, as a path inside the record: "aliases[1]". */
  field: string;
  refused: (Patch | ((side: Side) => Patch))[];
  accepted: (Patch | ((side: Side) => Patch))[];
}

const quote = (text: string) => (side: Side) => ({
  evidence: [{ source: side.source, quote: text }],
});
const alias = (text: string) => ({ aliases: ['fine', text] });

const RULES: Rule[] = [
  {
    rule: 'entity id',
    on: 'Group',
    field: 'id',
    refused: [
      { id: 'Bad Id' },
      { id: 'is--k' },
      { id: '-isk' },
      { id: 'is_k' },
      { id: 'a'.repeat(121) },
    ],
    accepted: [(side) => ({ id: side.idOfLength(120) }), (side) => ({ id: side.idOfLength(40) })],
  },
  {
    rule: 'name',
    on: 'Group',
    field: 'name',
    refused: [
      { name: '' },
      { name: '   ' },
      { name: 'n'.repeat(301) },
      { name: 'IS\u0000K' },
      { name: 'IS\nK' },
      { name: 'IS-K\n' },
      { name: '\u202eK-SI' },
    ],
    accepted: [{ name: 'n'.repeat(300) }, { name: 'Işid-Ḫorasan' }, { name: ' padded ' }],
  },
  {
    rule: 'alias',
    on: 'Group',
    field: 'aliases[1]',
    refused: [alias(''), alias(' '), alias('a'.repeat(301)), alias('IS\u2066K'), alias('a\tb')],
    accepted: [alias('ISKP'), alias('a'.repeat(300))],
  },
  {
    rule: 'alias count',
    on: 'Group',
    field: 'aliases',
    refused: [{ aliases: Array.from({ length: 101 }, (_, i) => `alias ${i}`) }],
    accepted: [{ aliases: Array.from({ length: 100 }, (_, i) => `alias ${i}`) }, { aliases: [] }],
  },
  {
    rule: 'description',
    on: 'Group',
    field: 'description',
    refused: [
      { description: 'd'.repeat(5001) },
      { description: 'a\u0000b' },
      { description: 'a\u202eb' },
    ],
    accepted: [
      { description: 'd'.repeat(5000) },
      { description: 'line\nline\ttab' },
      { description: '' },
    ],
  },
  {
    rule: 'role',
    on: 'Person',
    field: 'role',
    refused: [{ role: 'a\u0000b' }, { role: 'chief\n' }],
    accepted: [{ role: 'commander' }],
  },
  {
    rule: 'place type',
    on: 'Place',
    field: 'placeType',
    refused: [{ placeType: 'planet' }, { placeType: '' }, { placeType: 'City' }],
    accepted: [{ placeType: 'city' }],
  },
  {
    rule: 'organization type',
    on: 'Organization',
    field: 'orgType',
    refused: [{ orgType: 'cartel' }, { orgType: '' }],
    accepted: [{ orgType: 'ngo' }],
  },
  {
    rule: 'iso2',
    on: 'State',
    field: 'iso2',
    refused: [{ iso2: 'af' }, { iso2: 'AFG' }, { iso2: '' }],
    accepted: [{ iso2: 'AF' }],
  },
  {
    rule: 'source URL',
    on: 'Source',
    field: 'url',
    refused: [
      { url: 'javascript:alert(1)' },
      { url: '/etc/passwd' },
      { url: '' },
      { url: 'https://exa mple.org/' },
    ],
    accepted: [{ url: 'https://example.org/a?b=c' }],
  },
  {
    rule: 'publisher',
    on: 'Source',
    field: 'publisher',
    refused: [{ publisher: 'a\u202eb' }],
    accepted: [{ publisher: 'Asia Times' }],
  },
  {
    rule: 'attack type',
    on: 'Attack',
    field: 'attackType',
    refused: [{ attackType: 'a\u0000b' }],
    accepted: [{ attackType: 'Bombing/Explosion' }],
  },
  {
    rule: 'attack date',
    on: 'Attack',
    field: 'date',
    refused: [{ date: '2021-02-30' }, { date: '2021-13' }, { date: '21' }, { date: '2021/01/01' }],
    accepted: [{ date: '2021' }, { date: '2021-02' }, { date: '2024-02-29' }],
  },
  {
    rule: 'quote',
    on: 'Group',
    field: 'evidence[0].quote',
    refused: [
      quote(''),
      quote('  '),
      quote('q'.repeat(1001)),
      quote('a\u0000quote'),
      quote('a \u202equote'),
      quote('\u000bquote'),
    ],
    accepted: [quote('q'.repeat(1000)), quote('line one\nline two'), quote(' padded ')],
  },
  {
    rule: 'evidence source',
    on: 'Group',
    field: 'evidence[0].source',
    refused: [
      { evidence: [{ source: 'no-such-source', quote: 'q' }] },
      (side) => ({ evidence: [{ source: side.group, quote: 'q' }] }),
      { evidence: [{ source: "src' OR 1=1", quote: 'q' }] },
    ],
    accepted: [quote('a quote')],
  },
  {
    rule: 'relation type and its endpoint kinds',
    on: 'relation',
    field: 'type',
    refused: [
      { type: 'FUNDED_BY' },
      { type: 'ally_of' },
      { type: 'LEADER_OF' },
      { type: 'OCCURRED_IN' },
    ],
    accepted: [{ type: 'RIVAL_OF' }, { type: 'EVOLVED_INTO' }],
  },
  {
    rule: 'relation ends',
    on: 'relation',
    field: 'to',
    refused: [(side) => ({ to: side.from }), { to: 'A B' }],
    accepted: [],
  },
  {
    rule: 'status',
    on: 'relation',
    field: 'status',
    refused: [{ status: 'rumoured' }, { status: '' }, { status: 'Confirmed' }],
    accepted: [{ status: 'confirmed' }, { status: 'alleged' }],
  },
  {
    rule: 'period',
    on: 'relation',
    field: 'until',
    refused: [
      { since: '2022', until: '2021' },
      { since: '2021-06-15', until: '2021-06-01' },
    ],
    accepted: [
      { since: '2021-12', until: '2021' },
      { since: '2021-05-10', until: '2021-05' },
      { since: '2021' },
    ],
  },
  {
    rule: 'relation dates',
    on: 'relation',
    field: 'since',
    refused: [{ since: '2021-13' }, { since: '2021-02-29' }],
    accepted: [{ since: '2020-02-29' }],
  },
  {
    rule: 'relation evidence',
    on: 'relation',
    field: 'evidence',
    refused: [{ evidence: [] }],
    accepted: [],
  },
  {
    rule: 'relation evidence quote and source',
    on: 'relation',
    field: 'evidence[0].quote',
    refused: [quote(''), quote('q'.repeat(1001)), quote('a\u0000b')],
    accepted: [quote('q'.repeat(1000))],
  },
];

// ---- The seed side: a small valid seed folder, one record patched. ----

const SEED_SOURCE = 'src-rules';
const evidence = [{ source: SEED_SOURCE, quote: 'a quote', offset: 0, length: 7 }];
const entity = (id: string, extra: Patch = {}) => ({
  id,
  name: `Name of ${id}`,
  evidence,
  ...extra,
});

/** Valid seed files: the first record of each entity file and of relations.json is patched. */
function seedFiles(): Record<string, Patch[]> {
  return {
    'sources.json': [
      {
        id: SEED_SOURCE,
        file: 'rules.txt',
        sha256: '0'.repeat(64),
        title: 'Rules',
        dateApprox: false,
      },
    ],
    'groups.json': [entity('g-target'), entity('g-one'), entity('g-two')],
    'persons.json': [entity('p-target')],
    'states.json': [entity('s-target')],
    'places.json': [entity('pl-target', { placeType: 'city' })],
    'organizations.json': [entity('o-target', { orgType: 'ngo' })],
    'communities.json': [entity('c-target')],
    'attacks.json': [entity('a-target', { date: '2021', dateApprox: false })],
    'relations.json': [{ type: 'ALLY_OF', from: 'g-one', to: 'g-two', evidence }],
    'duplicate-sources.json': [],
  };
}

const seedSide: Side = {
  source: SEED_SOURCE,
  group: 'g-one',
  from: 'g-one',
  idOfLength: (length) => `g-${'x'.repeat(length - 2)}`,
};

const seedDirs: string[] = [];

/** The seed reader's verdict: undefined when it accepts, else the fields it names ("aliases[1]"). */
function seedVerdict(on: Rule['on'], patch: Patch): string[] | undefined {
  const files = seedFiles();
  const file =
    on === 'relation' ? 'relations.json' : on === 'Source' ? 'sources.json' : FILE_OF_KIND[on];
  // Quotes in seed files carry the span curation computed; any span will do here.
  const spans = (items: unknown) =>
    Array.isArray(items) ? items.map((item: Patch) => ({ offset: 0, length: 1, ...item })) : items;
  const seedPatch = 'evidence' in patch ? { ...patch, evidence: spans(patch.evidence) } : patch;
  files[file]![0] = { ...files[file]![0], ...seedPatch };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-rules-'));
  seedDirs.push(dir);
  for (const name of Object.keys(SEED_FILES))
    writeFileSync(path.join(dir, name), JSON.stringify(files[name]));
  try {
    readSeeds(dir);
    return undefined;
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    for (const problem of error.problems) {
      expect(problem.file, problem.message).toBe(file);
      expect(problem.path, problem.message).toMatch(/^\[0\]\./);
    }
    return [...new Set(error.problems.map((p) => p.path.replace(/^\[0\]\./, '')))];
  }
}

// ---- The API side: the real server, as an editor. ----

let app: TestApp;
let test: TestEntities;
let apiSide: Side;
/** A test group, the `to` of the relation under test. */
let other: string;

beforeAll(async () => {
  app = await startTestApp(testConfig(MANY_CLIENTS));
  test = new TestEntities(app);
  const from = (await test.group('from')).id;
  other = (await test.group('to')).id;
  const prefixLength = test.id('').length;
  apiSide = {
    source: 'src-insider-2022-04',
    group: from,
    from,
    idOfLength: (length) => test.id('x'.repeat(length - prefixLength)),
  };
});
afterAll(async () => {
  await test?.cleanUp();
  await app?.close();
  for (const dir of seedDirs) rmSync(dir, { recursive: true, force: true });
});

/** The field an API refusal names: from `argumentPath`, or the variable path of a scalar error. */
function refusedField(result: GqlResult): string {
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.extensions?.code, error!.message).toBe('BAD_USER_INPUT');
  const argumentPath = error!.extensions?.argumentPath as (string | number)[] | undefined;
  const dotted = argumentPath
    ? argumentPath
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .slice(1)
    : /at "([^"]+)"/.exec(error!.message)?.[1];
  expect(dotted, error!.message).toMatch(/^input\./);
  // The message names the field too, not only the extensions.
  expect(error!.message).toContain(dotted);
  return dotted!.replace(/^input\./, '');
}

/** The API's verdict: undefined when it accepts (the write is then undone), else the field it names. */
async function apiVerdict(on: Rule['on'], patch: Patch): Promise<string[] | undefined> {
  if (on === 'relation') {
    const input = {
      type: 'ALLY_OF',
      from: apiSide.from,
      to: other,
      evidence: [{ source: apiSide.source, quote: 'a quote' }],
      ...patch,
    };
    const result = await gql<{ addRelation: { id: string } }>(
      app,
      ADD_RELATION,
      { input },
      editorHeaders,
    );
    if (!result.errors) {
      await gql(app, DELETE_RELATION, { id: result.data!.addRelation.id }, editorHeaders);
      return undefined;
    }
    return [refusedField(result)];
  }
  const input = {
    id: test.id(`${on.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`),
    kind: on,
    name: `Rule test ${on}`,
    ...(on === 'Source' ? {} : { evidence: [{ source: apiSide.source, quote: 'a quote' }] }),
    ...patch,
  };
  const result = await gql(app, UPSERT, { input }, editorHeaders);
  return result.errors ? [refusedField(result)] : undefined;
}

const cases = RULES.flatMap(({ rule, on, field, refused, accepted }) => [
  ...refused.map((patch, i) => ({
    rule,
    on,
    patch,
    expected: [field] as string[] | undefined,
    n: `refused #${i + 1}`,
  })),
  ...accepted.map((patch, i) => ({
    rule,
    on,
    patch,
    expected: undefined,
    n: `accepted #${i + 1}`,
  })),
]);

describe('the seed files and the API give the same verdict on each value', () => {
  it.each(cases)('$rule ($on): $n', async ({ on, patch, expected }) => {
    const seed = seedVerdict(on, typeof patch === 'function' ? patch(seedSide) : patch);
    const api = await apiVerdict(on, typeof patch === 'function' ? patch(apiSide) : patch);
    expect({ seed, api }).toEqual({ seed: expected, api: expected });
  });
});
