import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RELATION_TYPES,
  STATUSES,
  allowsEndpoints,
  isRelationType,
  type EntityKind,
} from '../../../server/src/domain/vocabulary.js';
import { normalizeWhitespace, verbatimOffsets } from '../../../server/src/seed/text-match.js';

const seedsDir = path.resolve(process.cwd(), 'seeds');
const sourcesDir =
  process.env.ACTORGRAPH_SOURCES_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'sources');

interface Evidence {
  source: string;
  quote: string;
}
interface Source {
  id: string;
  file: string;
  sha256: string;
  excludedPassages: string[];
}
interface Entity {
  id: string;
  name: string;
  evidence: Evidence[];
  casualtyReports?: Evidence[];
}
interface Relation {
  type: string;
  from: string;
  to: string;
  status: string | null;
  evidence: Evidence[];
}

const load = <T>(name: string): T =>
  JSON.parse(readFileSync(path.join(seedsDir, `${name}.json`), 'utf8')) as T;
const ENTITY_FILES: Record<string, EntityKind> = {
  groups: 'Group',
  persons: 'Person',
  states: 'State',
  places: 'Place',
  organizations: 'Organization',
  attacks: 'Attack',
};

const sources = load<Source[]>('sources');
const entities = Object.entries(ENTITY_FILES).flatMap(([file, kind]) =>
  load<Entity[]>(file).map((e) => ({ ...e, kind })),
);
const relations = load<Relation[]>('relations');
const kindById = new Map<string, EntityKind>([
  ...sources.map((s) => [s.id, 'Source'] as const),
  ...entities.map((e) => [e.id, e.kind] as const),
]);
const raw = new Map(sources.map((s) => [s.id, readFileSync(path.join(sourcesDir, s.file))]));

/** Every quote with where it comes from, for readable failures. */
const quotes: (Evidence & { where: string })[] = [
  ...entities.flatMap((e) => [
    ...e.evidence.map((ev) => ({ ...ev, where: e.id })),
    ...(e.casualtyReports ?? []).map((ev) => ({ ...ev, where: `${e.id} casualty report` })),
  ]),
  ...relations.flatMap((r) =>
    r.evidence.map((ev) => ({ ...ev, where: `${r.type} ${r.from}->${r.to}` })),
  ),
];

/** True when some occurrence of the quote lies outside every excluded passage of its source. */
function citableOccurrence(source: Source, text: string, quote: string): boolean {
  const len = normalizeWhitespace(quote).length;
  const excluded = source.excludedPassages.flatMap((p) => {
    const n = normalizeWhitespace(p).length;
    return verbatimOffsets(text, p).map((start) => [start, start + n] as const);
  });
  return verbatimOffsets(text, quote).some((start) =>
    excluded.every(([a, b]) => start + len <= a || start >= b),
  );
}

describe('seed sources', () => {
  it.each(sources)('$id matches its file hash', (s) => {
    expect(
      createHash('sha256')
        .update(raw.get(s.id) ?? '')
        .digest('hex'),
    ).toBe(s.sha256);
  });

  it.each(sources)('$id excluded passages occur in the file', (s) => {
    const text = raw.get(s.id)?.toString('utf8') ?? '';
    for (const p of s.excludedPassages)
      expect(verbatimOffsets(text, p).length, p).toBeGreaterThan(0);
  });
});

describe('seed quotes', () => {
  it('has quotes to check', () => expect(quotes.length).toBeGreaterThan(100));

  it.each(quotes)(
    '$where: quote occurs verbatim in $source outside excluded passages',
    ({ source, quote }) => {
      const src = sources.find((s) => s.id === source);
      expect(src, `unknown source ${source}`).toBeDefined();
      const text = raw.get(source)?.toString('utf8') ?? '';
      expect(verbatimOffsets(text, quote).length, quote).toBeGreaterThan(0);
      expect(
        citableOccurrence(src as Source, text, quote),
        `inside an excluded passage: ${quote}`,
      ).toBe(true);
    },
  );
});

describe('seed entities and relations', () => {
  it('uses unique ids across all files', () => {
    const ids = [...sources.map((s) => s.id), ...entities.map((e) => e.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every entity at least one evidence', () => {
    expect(entities.filter((e) => e.evidence.length === 0).map((e) => e.id)).toEqual([]);
  });

  it.each(relations.map((r) => ({ ...r, label: `${r.type} ${r.from}->${r.to}` })))(
    '$label is valid',
    (r) => {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(isRelationType(r.type), `unknown type ${r.type}`).toBe(true);
      const from = kindById.get(r.from);
      const to = kindById.get(r.to);
      expect(from, `missing ${r.from}`).toBeDefined();
      expect(to, `missing ${r.to}`).toBeDefined();
      if (isRelationType(r.type) && from && to) {
        expect(
          allowsEndpoints(r.type, from, to),
          `${RELATION_TYPES[r.type].meaning}: ${from} -> ${to}`,
        ).toBe(true);
      }
      if (r.status !== null) expect(STATUSES).toContain(r.status);
    },
  );

  it('links Tehreek-e-Taliban Pakistan to IS-K through some path', () => {
    const adjacent = new Map<string, string[]>();
    for (const r of relations) {
      adjacent.set(r.from, [...(adjacent.get(r.from) ?? []), r.to]);
      adjacent.set(r.to, [...(adjacent.get(r.to) ?? []), r.from]);
    }
    const seen = new Set(['ttp']);
    const queue = ['ttp'];
    while (queue.length > 0) {
      for (const next of adjacent.get(queue.shift() ?? '') ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect(seen.has('is-k')).toBe(true);
  });
});
