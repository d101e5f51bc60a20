/**
 * `npm run bench -- --resolution`: how well an import joined the curated graph, measured on the
 * configured database after `npm run seed` and `npm run import` (see docs/benchmarks.md): twins of
 * curated entities (resolve/find-twins.ts), attacks on the curated places and groups the issue
 * names, duplicate candidates, and the first search results for the ranking cases.
 */
import type { Gateway } from '../../server/src/db/gateway.js';
import { buildSearchQuery, searchParams } from '../../server/src/domain/search-query.js';
import { findTwins } from '../../server/src/importers/resolve/find-twins.js';
import type { KnownEntity } from '../../server/src/importers/resolve/name-resolver.js';

const CURATED = [
  'kabul',
  'karachi',
  'islamabad',
  'kunduz',
  'kunduz-province',
  'mazar-e-sharif',
  'is-k',
  'ttp',
  'islamic-state',
  'al-qaida',
];
const SEARCHES = [
  'Kunduz',
  'Karachi',
  'al-Qaeda',
  'Al-Qaida in the Indian Subcontinent',
  'Mazar-i-Sharif',
  'Khurasan',
];

export interface ResolutionFigures {
  importedPlaces: number;
  importedGroups: number;
  twins: { keep: string; merge: string; kind: string }[];
  attacks: Record<string, number | null>;
  candidates: number;
  searches: Record<string, string[]>;
}

/** The figures of the graph `db` holds now. */
export async function measureResolution(db: Gateway): Promise<ResolutionFigures> {
  const known = await db.read<KnownEntity>('import/known-entities');
  const curated = new Set(known.filter((e) => !e.imported).map((e) => e.id));
  const twins = findTwins(known).filter((t) => curated.has(t.keep));
  const rows = await db.read<{ id: string; exists: boolean; attacks: number; candidates: number }>(
    'import/resolution-figures',
    { ids: CURATED },
  );
  const searches: Record<string, string[]> = {};
  for (const text of SEARCHES) {
    const found = await db.read<{ entity: { id: string } }>('entity/search', {
      ...searchParams(text, buildSearchQuery(text)!),
      kinds: [],
      first: 3,
      candidates: 15,
    });
    searches[text] = found.map((r) => r.entity.id);
  }
  return {
    importedPlaces: known.filter((e) => e.imported && e.kind === 'Place').length,
    importedGroups: known.filter((e) => e.imported && e.kind === 'Group').length,
    twins: twins.map(({ keep, merge, kind }) => ({ keep, merge, kind })),
    attacks: Object.fromEntries(rows.map((r) => [r.id, r.exists ? r.attacks : null])),
    candidates: rows[0]?.candidates ?? 0,
    searches,
  };
}
