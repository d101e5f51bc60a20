import { describe, expect, it } from 'vitest';
import { buildMentionIndex, findMentions } from '../../../server/src/domain/mention-index.js';

const index = buildMentionIndex([
  { id: 'ttp', kind: 'Group', spellings: ['Tehrik-i-Taliban Pakistan', 'TTP'] },
  { id: 'isk', kind: 'Group', spellings: ['Islamic State Khorasan', 'ISK', 'IS-K'] },
  { id: 'is', kind: 'Group', spellings: ['Islamic State'] },
  { id: 'aq', kind: 'Group', spellings: ['al-Qaida'] },
  { id: 'us', kind: 'State', spellings: ['United States', 'US'] },
  { id: 'msf', kind: 'Organization', spellings: ['Médecins Sans Frontières'] },
  { id: 'mazar', kind: 'Place', spellings: ['Mazār-i-Sharif'] },
]);

const found = (text: string) =>
  findMentions(index, text).map((m) => [m.entityId, m.text, m.offset, m.score]);

describe('findMentions', () => {
  it('ignores case, diacritics, hyphens and spacing, at the place of the name in the text', () => {
    expect(
      found('In MEDECINS SANS FRONTIERES and mazar i sharif, islamic-state  khorasan.'),
    ).toEqual([
      ['msf', 'MEDECINS SANS FRONTIERES', 3, 1],
      ['mazar', 'mazar i sharif', 32, 1],
      ['isk', 'islamic-state  khorasan', 48, 1],
    ]);
  });

  it('takes the longest of overlapping names and only whole words', () => {
    expect(
      found('Islamic State Khorasan, not the Islamic Statesmen, nor the Islamic State.'),
    ).toEqual([
      ['isk', 'Islamic State Khorasan', 0, 1],
      ['is', 'Islamic State', 59, 1],
    ]);
  });

  it('finds acronyms only in capitals', () => {
    expect(found('Let us ask the US about Isk and IS-K.')).toEqual([
      ['us', 'US', 15, 1],
      ['isk', 'IS-K', 32, 1],
    ]);
  });

  it('scores close spelling variants below 1', () => {
    const mentions = findMentions(index, 'Tehreek-e-Taliban Pakistan and al-Qaeda met.');
    expect(mentions.map((m) => [m.entityId, m.text])).toEqual([
      ['ttp', 'Tehreek-e-Taliban Pakistan'],
      ['aq', 'al-Qaeda'],
    ]);
    for (const m of mentions) {
      expect(m.score).toBeLessThan(1);
      expect(m.score).toBeGreaterThanOrEqual(0.6);
    }
  });
});
