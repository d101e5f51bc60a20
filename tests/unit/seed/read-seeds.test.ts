import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../server/src/domain/vocabulary.js';
import { SEEDS_DIR } from '../../../server/src/seed/load-seeds.js';
import { readSeeds, SeedValidationError } from '../../../server/src/seed/read-seeds.js';

/** A copy of the project's seeds with `edit` applied to one file. */
function seedsWith(file: string, edit: (data: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>[];
  edit(data);
  writeFileSync(path.join(dir, file), JSON.stringify(data));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readSeeds(dir);
  } catch (error) {
    if (error instanceof SeedValidationError)
      return error.problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('readSeeds', () => {
  it('accepts the project seeds from the seed files alone', () => {
    const set = readSeeds(SEEDS_DIR);
    expect(set.sources).toHaveLength(5);
    expect(set.entities.length).toBeGreaterThan(50);
    expect(set.relations.length).toBeGreaterThan(50);
  });

  it('names file, path and problem for a schema violation', () => {
    const dir = seedsWith('groups.json', (groups) => {
      groups[2]!.aliases = ['ok', ''];
    });
    expect(problemsOf(dir)).toEqual(['groups.json [2].aliases[1]: must not be empty']);
  });

  it('rejects control and bidirectional-override characters, and a URL that is not http(s)', () => {
    const groups = seedsWith('groups.json', (rows) => {
      rows[0]!.name = 'IS\u0000K';
      rows[1]!.aliases = ['\u202eK-SI'];
    });
    expect(problemsOf(groups)).toEqual([
      'groups.json [0].name: contains U+0000 (a control character)',
      'groups.json [1].aliases[0]: contains U+202E (a bidirectional override or isolate)',
    ]);
    const sources = seedsWith('sources.json', (rows) => {
      rows[0]!.url = 'javascript:alert(1)';
    });
    expect(problemsOf(sources)).toEqual([
      'sources.json [0].url: must start with http:// or https:// (not javascript:)',
    ]);
  });

  it('names an unknown field and a bad date', () => {
    const dir = seedsWith('attacks.json', (attacks) => {
      attacks[0]!.date = '2021-02-30';
      attacks[1]!.killed = 3;
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/^attacks\.json \[0\]\.date: must be a real date/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^attacks\.json \[1\]: .*killed/i));
  });

  it('rejects a relation outside the vocabulary, by type and by endpoint kinds', () => {
    const dir = seedsWith('relations.json', (relations) => {
      relations[0]!.type = 'FUNDED_BY';
      relations.push({ ...relations[1]!, type: 'GOVERNS', from: 'kabul', to: 'afghanistan' });
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/^relations\.json \[0\]\.type: "FUNDED_BY" is not in the vocabulary/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `GOVERNS links ${RELATION_TYPES.GOVERNS.from.join('/')} to State, not a Place to a State`,
        ),
      ),
    );
  });

  it('rejects a quote without its stored span, and one citing an unknown source', () => {
    const dir = seedsWith('relations.json', (relations) => {
      const evidence = relations[0]!.evidence as Record<string, unknown>[];
      delete evidence[0]!.offset;
      evidence[0]!.length = 0;
      relations[1]!.evidence = [{ source: 'src-nowhere', quote: 'x', offset: 0, length: 1 }];
    });
    expect(problemsOf(dir)).toEqual([
      'relations.json [0].evidence[0].offset: is missing: run `npm run seeds:curate` with the article texts to compute it',
      'relations.json [0].evidence[0].length: must be positive',
    ]);
    const unknown = seedsWith('relations.json', (relations) => {
      relations[1]!.evidence = [{ source: 'src-nowhere', quote: 'x', offset: 0, length: 1 }];
    });
    expect(problemsOf(unknown)).toEqual([
      'relations.json [1].evidence[0].source: "src-nowhere" is not the id of any Source entity',
    ]);
  });

  it('rejects a duplicate link that names no source, the same source twice or a stored pair', () => {
    const dir = seedsWith('duplicate-sources.json', (pairs) => {
      pairs.push({ ...pairs[0]!, original: pairs[0]!.duplicate });
      pairs.push({ ...pairs[0]!, duplicate: 'kabul' });
      pairs.push({ ...pairs[0]!, duplicate: pairs[0]!.original, original: pairs[0]!.duplicate });
    });
    expect(problemsOf(dir)).toEqual([
      'duplicate-sources.json [1].original: a source cannot duplicate itself',
      'duplicate-sources.json [2].duplicate: "kabul" is not a source in sources.json',
      'duplicate-sources.json [3].duplicate: repeats an earlier pair of sources',
    ]);
  });

  it('reports invalid JSON and duplicate ids', () => {
    const dir = seedsWith('persons.json', (persons) => {
      persons.push({ ...persons[0]! });
    });
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/^persons\.json \[\d+\]\.id: ".*" is already the id of another entity/),
    );
    writeFileSync(path.join(dir, 'states.json'), '[{"id": ');
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/^states\.json : is not valid JSON/),
    );
  });
});
