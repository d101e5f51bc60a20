import { describe, expect, it } from 'vitest';
import { casualtiesIn, dateIn } from '../../../server/src/domain/text-cues.js';

describe('casualtiesIn', () => {
  it.each([
    ['A bomber struck, killing at least 56 people and wounding 120 others.', 56, 120, 'at least'],
    ['Twelve people were killed in the blast.', 12, null, null],
    ['The death toll has risen to 61, officials said.', 61, null, null],
    ['More than 130 people were wounded.', null, 130, 'more than'],
  ])('reads %j', (sentence, killed, wounded, qualifier) => {
    expect(casualtiesIn(sentence)).toEqual({ killed, wounded, qualifier });
  });

  it('gives nothing for a sentence without figures', () => {
    expect(casualtiesIn('Police arrested three suspects on Wednesday.')).toBeNull();
  });
});

describe('dateIn', () => {
  it('prefers the date after "on" to a dateline', () => {
    expect(dateIn('KABUL, 5 March 2026 — A bomber struck on 4 March 2026.')).toBe('2026-03-04');
  });

  it.each([
    ['It happened March 4, 2026.', '2026-03-04'],
    ['Dated 2026-03-04.', '2026-03-04'],
    ['Last week.', null],
  ])('reads %j', (sentence, date) => {
    expect(dateIn(sentence)).toBe(date);
  });
});
