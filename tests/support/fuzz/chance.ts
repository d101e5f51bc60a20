/** Optional parts of generated requests, with the chance of each spelled out as a percentage. */
import fc from 'fast-check';

/** `arb`'s value `percent` % of the time, `otherwise` the rest (it shrinks towards `otherwise`). */
export function maybe<T, U>(
  arb: fc.Arbitrary<T>,
  percent: number,
  otherwise: U,
): fc.Arbitrary<T | U> {
  if (percent <= 0) return fc.constant(otherwise);
  if (percent >= 100) return arb;
  return fc.oneof(
    { weight: 100 - percent, arbitrary: fc.constant(otherwise) },
    { weight: percent, arbitrary: arb },
  );
}
