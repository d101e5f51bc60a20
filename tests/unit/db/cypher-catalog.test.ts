import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/config/config.js';
import { CypherCatalog } from '../../../server/src/db/cypher-catalog.js';
import { schemaStatements } from '../../../server/src/db/constraints.js';

const catalog = CypherCatalog.load();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.includes('generated'))
    .map((f) => path.join(dir, f));
}

describe('CypherCatalog', () => {
  it('has every query the code names (a missing file would only fail at request time)', () => {
    const named = new Set<string>();
    for (const file of [
      ...sourceFiles(path.join(ROOT_DIR, 'server/src')),
      ...sourceFiles(path.join(ROOT_DIR, 'scripts')),
    ]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(
        /\b(?:read|write|run)(?:<[^>]*>)?\(\s*'([a-z-]+\/[a-z-]+)'/g,
      ))
        named.add(match[1]!);
      for (const match of text.matchAll(/byId<\w+>\(db, '([a-z-]+\/[a-z-]+)'/g))
        named.add(match[1]!);
    }
    expect(named.size).toBeGreaterThan(15);
    for (const name of named) expect(() => catalog.get(name), name).not.toThrow();
  });

  it('expands fragments and keeps them out of the catalog', () => {
    expect(catalog.get('path/shortest-between')).toContain('type(r) IN $types');
    expect(catalog.get('attack/page-by-date')).toContain('a.maxKilled >= $minKilled');
    expect(catalog.names().some((name) => path.basename(name).startsWith('_'))).toBe(false);
    expect(catalog.names().every((name) => !catalog.get(name).includes('@include'))).toBe(true);
  });

  it('names the file when a query is missing', () => {
    expect(() => catalog.get('path/nowhere')).toThrow('cypher/path/nowhere.cypher');
  });

  it('holds no benchmark query: no file of bench/cypher, and no LOAD CSV at all', () => {
    const benchQueries = readdirSync(path.join(ROOT_DIR, 'bench/cypher'))
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.slice(0, -'.cypher'.length));
    expect(benchQueries).toContain('load-csv-gtd');
    const inCatalog = catalog.names().filter((name) => benchQueries.includes(path.basename(name)));
    expect(inCatalog).toEqual([]);
    expect(catalog.names().filter((name) => /\bLOAD\s+CSV\b/i.test(catalog.get(name)))).toEqual([]);
  });

  it('takes values only as $parameters: no string building in any query', () => {
    for (const name of catalog.names())
      expect(catalog.get(name), name).not.toMatch(/\$\{|`\s*\+|'\s*\+\s*\$[a-z]+\s*\+\s*'/i);
  });
});

describe('schema statements', () => {
  it('are all idempotent', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(8);
    // Creations skip what exists; a drop (of an index a newer one replaces) skips what is gone.
    for (const statement of statements)
      expect(statement).toMatch(
        statement.startsWith('DROP') ? /^DROP (INDEX|CONSTRAINT) \w+ IF EXISTS$/ : /IF NOT EXISTS/,
      );
  });
});
