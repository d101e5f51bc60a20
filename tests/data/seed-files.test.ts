import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RELATION_TYPES,
  STATUSES,
  allowsEndpoints,
  isRelationType,
  type EntityKind,
} from '../../server/src/domain/vocabulary.js';
import { NEAR_DUPLICATE_METHOD } from '../../server/src/domain/near-duplicate.js';
import { normalizeWhitespace } from '../../server/src/domain/text-match.js';

/**
 * The seed files as data, without the article texts (npm run seeds:check verifies them against the
 * texts): every quote carries its stored span, every link is well formed.
 */
const seedsDir = path.resolve(process.cwd(), 'seeds');

interface Evidence {
  source: string;
  quote: string;
  offset?: unknown;
  length?: unknown;
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
  placeType?: string;
  location?: { latitude: number; longitude: number; precision: string };
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
  communities: 'Community',
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
const duplicates =
  load<{ duplicate: string; original: string; similarity: number; method: string }[]>(
    'duplicate-sources',
  );

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

describe('seed quotes', () => {
  it('has quotes to check', () => expect(quotes.length).toBeGreaterThan(100));

  it.each(quotes)('$where: quote from $source has its stored span', (q) => {
    expect(kindById.get(q.source), `unknown source ${q.source}`).toBe('Source');
    expect(Number.isInteger(q.offset) && (q.offset as number) >= 0, `offset of ${q.quote}`).toBe(
      true,
    );
    // The raw match holds at least the quote's characters; its own whitespace may be longer.
    expect(Number.isInteger(q.length), `length of ${q.quote}`).toBe(true);
    expect(q.length as number).toBeGreaterThanOrEqual(normalizeWhitespace(q.quote).length);
  });

  it('gives the same quote of the same source the same span wherever it is cited', () => {
    const spans = new Map<string, string>();
    for (const q of quotes) {
      const key = `${q.source} ${normalizeWhitespace(q.quote)}`;
      const span = `${String(q.offset)}+${String(q.length)}`;
      expect(spans.get(key) ?? span, key).toBe(span);
      spans.set(key, span);
    }
  });
});

describe('seed duplicate links', () => {
  it('links one source to another, with a similarity and the method near-duplicate.ts names', () => {
    expect(duplicates).toHaveLength(1);
    for (const d of duplicates) {
      expect(kindById.get(d.duplicate)).toBe('Source');
      expect(kindById.get(d.original)).toBe('Source');
      expect(d.similarity).toBeGreaterThan(0);
      expect(d.similarity).toBeLessThanOrEqual(1);
      expect(d.method).toBe(NEAR_DUPLICATE_METHOD);
    }
  });
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

describe('seed grades', () => {
  it('grades every source, A–F and 1–6, and says why (docs/data-model.md, "Grades")', () => {
    const graded = sources as unknown as Record<string, unknown>[];
    for (const source of graded) {
      expect(['A', 'B', 'C', 'D', 'E', 'F'], String(source.id)).toContain(source.reliability);
      expect([1, 2, 3, 4, 5, 6], String(source.id)).toContain(source.credibility);
      expect(String(source.reliabilityBasis ?? '').length, String(source.id)).toBeGreaterThan(20);
      expect(String(source.credibilityBasis ?? '').length, String(source.id)).toBeGreaterThan(20);
    }
    // Not one grade for all: the grades tell the sources apart.
    expect(new Set(graded.map((s) => s.reliability)).size).toBeGreaterThan(2);
  });
});

/** Great-circle distance in km (haversine), independent of the server's geography. */
function km(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) *
      Math.cos(rad(b.latitude)) *
      Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('seed locations', () => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const parentOf = new Map(relations.filter((r) => r.type === 'IN').map((r) => [r.from, r.to]));

  it('gives every place but the regions coordinates from a gazetteer, and no region a point', () => {
    for (const place of entities.filter((e) => e.kind === 'Place')) {
      expect(place.location === undefined, place.id).toBe(place.placeType === 'region');
      if (place.location) expect(place.location.precision, place.id).toMatch(/\S/);
    }
  });

  // A swapped latitude/longitude or a wrong sign puts a place thousands of km from where it lies.
  it.each(entities.filter((e) => e.location && parentOf.has(e.id)).map((e) => [e.id, e] as const))(
    '%s lies near the nearest place or state it is in that has coordinates',
    (_id, place) => {
      let parent = byId.get(parentOf.get(place.id)!);
      while (parent && !parent.location) parent = byId.get(parentOf.get(parent.id) ?? '');
      expect(parent?.location, `${place.id} has no located ancestor`).toBeDefined();
      const limit = parent!.kind === 'State' ? 1000 : 50;
      expect(km(place.location!, parent!.location!)).toBeLessThan(limit);
    },
  );
});
