import { describe, expect, it } from 'vitest';
import { type Actor, proposeInSentence } from '../../../server/src/domain/proposal-rules.js';

/** The actors of `sentence`: each name at its place, with its kind. */
function actors(sentence: string, names: [string, string][]): Actor[] {
  return names.map(([name, kind]) => ({
    entityId: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    kind,
    offset: sentence.indexOf(name),
    score: 1,
  }));
}

const read = (sentence: string, names: [string, string][]) =>
  proposeInSentence(sentence, 0, actors(sentence, names)).map(
    (p) => `${p.type} ${p.from.name} → ${p.to.name} (${p.status})`,
  );

describe('proposeInSentence', () => {
  it('reads the type, ends and status from the cue', () => {
    const s = 'Amun Tessaly, the leader of the Veldra Front, said so.';
    expect(
      read(s, [
        ['Amun Tessaly', 'Person'],
        ['Veldra Front', 'Group'],
      ]),
    ).toEqual(['LEADER_OF Amun Tessaly → Veldra Front (reported)']);
  });

  it('takes the ends on the side the pattern puts them', () => {
    const s = 'The bombing was claimed by the Veldra Front.';
    expect(
      read(s, [
        ['bombing', 'Attack'],
        ['Veldra Front', 'Group'],
      ]),
    ).toEqual(['CLAIMED Veldra Front → bombing (claimed)']);
  });

  it('proposes only types the vocabulary allows between the kinds', () => {
    // LEADER_OF needs a Person: two groups give nothing.
    const s = 'The Korvath Brigades, leader of the Veldra Front, met.';
    expect(
      read(s, [
        ['Korvath Brigades', 'Group'],
        ['Veldra Front', 'Group'],
      ]),
    ).toEqual([]);
  });

  it('takes the hedge of the sentence as status', () => {
    const s = 'The Veldra Front was allegedly allied with the Korvath Brigades.';
    expect(
      read(s, [
        ['Veldra Front', 'Group'],
        ['Korvath Brigades', 'Group'],
      ]),
    ).toEqual(['ALLY_OF Veldra Front → Korvath Brigades (alleged)']);
  });

  it('reads "a spokesman for X, Y" as Y speaking for X', () => {
    const s = 'A spokesman for the Veldra Front, Farid Qasemi, denied it.';
    expect(
      read(s, [
        ['Veldra Front', 'Group'],
        ['Farid Qasemi', 'Person'],
      ]),
    ).toEqual(['SPOKESPERSON_FOR Farid Qasemi → Veldra Front (reported)']);
  });
});
