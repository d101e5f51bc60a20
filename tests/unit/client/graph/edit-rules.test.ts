import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../../../server/src/domain/vocabulary.js';
import {
  aliasesOf,
  allowedLinkTypes,
  entityInput,
  fieldOfError,
  quoteOfSelection,
  relationInput,
  slugOf,
  type TypeRule,
} from '../../../../client/src/graph/edit-rules.js';

// The server's own closed vocabulary, as the `vocabulary` query gives it to the explorer.
const RULES: TypeRule[] = Object.entries(RELATION_TYPES).map(([type, r]) => ({ type, ...r }));

describe('allowedLinkTypes', () => {
  it('offers exactly the types whose kinds fit, in either direction', () => {
    const choices = allowedLinkTypes(RULES, 'Person', 'Group');
    for (const c of choices) {
      const rule = RELATION_TYPES[c.type as keyof typeof RELATION_TYPES];
      const [from, to] = c.reversed ? ['Group', 'Person'] : ['Person', 'Group'];
      expect(rule.from as readonly string[]).toContain(from);
      expect(rule.to as readonly string[]).toContain(to);
    }
    const types = (reversed: boolean) =>
      choices.filter((c) => c.reversed === reversed).map((c) => c.type);
    expect(types(false)).toEqual(expect.arrayContaining(['LEADER_OF', 'MEMBER_OF']));
    expect(types(true)).toEqual(expect.arrayContaining(['INSPIRED', 'RELEASED']));
    expect(types(false)).not.toContain('RIVAL_OF');
  });

  it('lists a type once between two nodes of the same kind', () => {
    const types = allowedLinkTypes(RULES, 'Group', 'Group').map((c) => c.type);
    expect(types).toContain('RIVAL_OF');
    expect(new Set(types).size).toBe(types.length);
  });

  it('offers nothing where the vocabulary allows no link', () => {
    expect(allowedLinkTypes(RULES, 'Source', 'Community')).toEqual([]);
  });
});

describe('entityInput', () => {
  it('sends trimmed fields, one alias a line, and only the kind’s own fields', () => {
    const input = entityInput({
      id: ' lantern-brigade ',
      kind: 'Person',
      name: ' Oren Malik ',
      aliases: 'O. Malik\n\n  Malik, Oren \nO. Malik',
      description: '  ',
      fields: { role: ' spokesman ', placeType: 'city' },
    });
    expect(input).toEqual({
      id: 'lantern-brigade',
      kind: 'Person',
      name: 'Oren Malik',
      aliases: ['O. Malik', 'Malik, Oren'],
      role: 'spokesman',
    });
  });

  it('splits aliases by line only', () => {
    expect(aliasesOf('Tehrik-e Taliban, Pakistan\nTTP')).toEqual([
      'Tehrik-e Taliban, Pakistan',
      'TTP',
    ]);
  });

  it('makes a readable id from a name', () => {
    expect(slugOf('  Lantern Brigade (Veldra) ')).toBe('lantern-brigade-veldra');
    expect(slugOf('Çatalhöyük')).toBe('catalhoyuk');
  });
});

describe('quoteOfSelection', () => {
  const text = 'The brigade said on Sunday that it had “no part” in the raid.';

  it('takes the selected words without the white space around them, with their offset', () => {
    const start = text.indexOf(' it had');
    const end = text.indexOf(' in the raid');
    const picked = quoteOfSelection('src', text, start, end + 1);
    expect(picked).toEqual({ source: 'src', quote: 'it had “no part”', offset: start + 1 });
    expect(text.slice(picked!.offset, picked!.offset + picked!.quote.length)).toBe(picked!.quote);
  });

  it('accepts a selection made backwards and refuses one of white space only', () => {
    expect(quoteOfSelection('src', text, 11, 4)?.quote).toBe('brigade');
    expect(quoteOfSelection('src', text, 3, 4)).toBeNull();
  });
});

describe('relationInput', () => {
  const evidence = [{ source: 'src', quote: 'no part', offset: 3 }];
  it('puts the ends in the direction of the chosen type and leaves out empty fields', () => {
    const base = { first: 'p', second: 'g', status: '', since: '', until: ' ', evidence };
    expect(
      relationInput({ ...base, choice: { type: 'MEMBER_OF', meaning: '', reversed: false } }),
    ).toEqual({
      type: 'MEMBER_OF',
      from: 'p',
      to: 'g',
      evidence: [{ source: 'src', quote: 'no part' }],
    });
    expect(
      relationInput({
        ...base,
        status: 'claimed',
        since: '2021',
        choice: { type: 'RELEASED', meaning: '', reversed: true },
      }),
    ).toMatchObject({ from: 'g', to: 'p', status: 'claimed', since: '2021' });
  });
});

describe('fieldOfError', () => {
  it('names the form field of an argument path', () => {
    expect(fieldOfError(['input', 'evidence', 0, 'quote'])).toBe('evidence.0.quote');
    expect(fieldOfError(['input', 'name'])).toBe('name');
    expect(fieldOfError(['relationId'])).toBe('relationId');
    expect(fieldOfError(undefined)).toBeNull();
    expect(fieldOfError([])).toBeNull();
  });
});
