/** The fuzz oracle's answer checks must be able to fail: wrong, missing and errored answers. */
import { describe, expect, it } from 'vitest';
import type { Expected } from '../../support/fuzz/known-answers.js';
import { answeredCleanly, type FuzzResponse, wrongAnswer } from '../../support/fuzz/oracle.js';

const json = (body: unknown, status = 200): FuzzResponse => ({
  status,
  contentType: 'application/graphql-response+json; charset=utf-8',
  text: JSON.stringify(body),
});
const isK: Expected = {
  question: 'entity',
  id: 'is-k',
  name: 'Islamic State Khorasan Province',
  kind: 'Group',
};

describe('fuzz oracle: known answers', () => {
  it('accepts the right entity and rejects a wrong name, kind or a null', () => {
    const right = { id: 'is-k', name: isK.name, kind: 'Group' };
    expect(wrongAnswer(isK, json({ data: { entity: right } }))).toBeUndefined();
    for (const entity of [{ ...right, name: 'ISKP' }, { ...right, kind: 'Person' }, null])
      expect(wrongAnswer(isK, json({ data: { entity } }))).toMatch(/should be/);
  });

  it('needs the searched id among the results, and null for an unknown id', () => {
    const search = { question: 'search', text: 'iskp', id: 'is-k' } as const;
    expect(
      wrongAnswer(search, json({ data: { search: [{ id: 'taliban' }, { id: 'is-k' }] } })),
    ).toBeUndefined();
    expect(wrongAnswer(search, json({ data: { search: [{ id: 'taliban' }] } }))).toMatch(/find/);
    const missing = { question: 'missing', id: 'no-such-seed-x' } as const;
    expect(wrongAnswer(missing, json({ data: { entity: null } }))).toBeUndefined();
    expect(wrongAnswer(missing, json({ data: { entity: { id: 'x' } } }))).toMatch(/null/);
  });

  it('counts only answers with data and no error as executed', () => {
    expect(answeredCleanly(json({ data: { entity: null } }))).toBe(true);
    expect(answeredCleanly(json({ data: { entity: null }, errors: [{ message: 'x' }] }))).toBe(
      false,
    );
    expect(answeredCleanly(json({ errors: [{ message: 'x' }] }, 400))).toBe(false);
    expect(answeredCleanly({ status: 200, contentType: 'text/html', text: '<html>' })).toBe(false);
    expect(wrongAnswer(isK, json({ errors: [{ message: 'x' }] }))).toMatch(/no clean answer/);
  });
});
