import { describe, expect, it } from 'vitest';
import { variantKey } from '../../../../server/src/domain/names.js';
import {
  CANDIDATE_SCORE,
  foldedName,
  nameScore,
  nearest,
} from '../../../../server/src/importers/resolve/near-match.js';
import { distanceKm, placeKeys } from '../../../../server/src/importers/resolve/place-index.js';

const score = (a: string, b: string) => nameScore(foldedName(a), foldedName(b));

describe('near matches', () => {
  it('finds typos in the words two names do not share', () => {
    expect(score('Haqqani Networks', 'Haqqani network')).toBeGreaterThanOrEqual(CANDIDATE_SCORE);
    expect(
      score('Armed Resistanec Movement of Shaadelu', 'Armed Resistance Movement of Shaadelu'),
    ).toBeGreaterThanOrEqual(CANDIDATE_SCORE);
  });

  it('does not let long shared words make different names close', () => {
    expect(
      score(
        'Popular Defense Forces of Dosulnu (PDFD)',
        'Popular Defense Forces of Noshater (PDFN)',
      ),
    ).toBeLessThan(CANDIDATE_SCORE);
    expect(score('United Mujahideen of Gaoran', 'United Mujahideen of Noor')).toBeLessThan(
      CANDIDATE_SCORE,
    );
    // Differing parts under six letters are too alike by chance.
    expect(score('Bannu', 'Banu')).toBe(0);
  });

  it('picks the closest entity, lowest id on a tie, nothing below the threshold', () => {
    const others = [
      { id: 'b', keys: [foldedName('Haqqani network')] },
      { id: 'a', keys: [foldedName('Haqqani network')] },
      { id: 'c', keys: [foldedName('Lashkar-e-Taiba')] },
    ];
    expect(nearest(foldedName('Haqqani Networks'), others)).toEqual({
      id: 'a',
      score: expect.any(Number),
    });
    expect(nearest(foldedName('Jaish-e-Mohammed'), others)).toBeUndefined();
  });
});

describe('place keys and distances', () => {
  it('finds a place by its name without the level word, and by its transliteration variant', () => {
    expect(placeKeys('Kunduz province')).toContain('kunduz');
    expect(placeKeys('Mazar-i-Sharif')).toContain(variantKey('Mazar-e Sharif'));
  });

  it('folds other scripts and letters through any-ascii', () => {
    expect(variantKey('Mazār-i-Sharīf')).toBe(variantKey('Mazar-e Sharif'));
    expect(variantKey('Исламское государство')).toBe(variantKey('Islamskoe gosudarstvo'));
  });

  it('measures Cairo, Egypt to Cairo, Illinois in thousands of kilometres', () => {
    const egypt = { latitude: 30.044, longitude: 31.236 };
    const illinois = { latitude: 37.005, longitude: -89.176 };
    expect(distanceKm(egypt, illinois)).toBeGreaterThan(10_000);
    expect(distanceKm(egypt, egypt)).toBe(0);
  });
});
