import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/config/config.js';
import {
  allowsEndpoints,
  DOMAIN_RELATION_TYPES,
  ENTITY_KINDS,
  isEntityKind,
  isRelationType,
  isStatus,
  RELATION_TYPES,
  STATUSES,
} from '../../../server/src/domain/vocabulary.js';

/** docs/data-model.md: its tables of kinds, relationship types and statuses. */
const dataModel = readFileSync(path.join(ROOT_DIR, 'docs', 'data-model.md'), 'utf8');

/** The cells of every table row of the document. */
const tableRows = [...dataModel.matchAll(/^\|(.+)\|\s*$/gm)].map((m) =>
  m[1]!.split('|').map((cell) => cell.trim()),
);

describe('the vocabulary in docs/data-model.md', () => {
  it('lists every kind and every status, in the order of the code', () => {
    expect(tableRows.map(([first]) => first!).filter(isEntityKind)).toEqual([...ENTITY_KINDS]);
    expect(tableRows.map(([first]) => first!).filter(isStatus)).toEqual([...STATUSES]);
  });

  it('lists the relationship types exactly as the code defines them', () => {
    const rows = tableRows.filter((cells) => cells.length === 4);
    const documented = rows.filter(([type]) => isRelationType(type!));
    expect(documented.map(([type]) => type)).toEqual(DOMAIN_RELATION_TYPES);
    for (const [type, from, to, meaning] of documented) {
      const rule = RELATION_TYPES[type as keyof typeof RELATION_TYPES];
      expect([from, to, meaning], type).toEqual([
        rule.from.join(', '),
        rule.to.join(', '),
        rule.meaning,
      ]);
    }
  });
});

describe('the relationship vocabulary', () => {
  it('checks endpoint kinds', () => {
    expect(allowsEndpoints('CLAIMED', 'Group', 'Attack')).toBe(true);
    expect(allowsEndpoints('CLAIMED', 'Attack', 'Group')).toBe(false);
    expect(isRelationType('RIVAL_OF')).toBe(true);
    expect(isRelationType('rival_of')).toBe(false);
    expect(isRelationType('RIVAL_OF]->() DETACH DELETE n //')).toBe(false);
    expect(isRelationType('constructor')).toBe(false);
  });

  it('lets communities be targeted, threatened, recruited from and reported on, never act', () => {
    expect(isEntityKind('Community')).toBe(true);
    for (const type of ['TARGETED', 'THREATENS', 'RECRUITS_FROM', 'REPORTED_ON'] as const) {
      expect(RELATION_TYPES[type].to, type).toContain('Community');
    }
    const acting = DOMAIN_RELATION_TYPES.filter((t) =>
      (RELATION_TYPES[t].from as readonly string[]).includes('Community'),
    );
    expect(acting).toEqual([]);
    expect(allowsEndpoints('RELEASED', 'Group', 'Group')).toBe(true);
    expect(allowsEndpoints('KILLED', 'Group', 'Person')).toBe(true);
    expect(allowsEndpoints('KILLED', 'Group', 'Group')).toBe(false);
    expect(allowsEndpoints('GOVERNS', 'Organization', 'State')).toBe(true);
  });
});
