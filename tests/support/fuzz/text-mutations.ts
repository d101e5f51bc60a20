/**
 * Syntactic damage to a document: deletions, duplications, random bytes, unbalanced brackets,
 * truncation. Positions are fractions of the text, so one edit applies to a text of any length.
 */
import fc from 'fast-check';
import { UNICODE_EDGES } from './nasty-text.js';

type Edit = (text: string) => string;

const at = (text: string, fraction: number) => Math.floor(fraction * text.length);
const fractionArb = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  // Delete a range.
  fc.tuple(fractionArb, fc.integer({ min: 1, max: 20 })).map(
    ([f, n]): Edit =>
      (text) =>
        text.slice(0, at(text, f)) + text.slice(at(text, f) + n),
  ),
  // Duplicate a range.
  fc.tuple(fractionArb, fc.integer({ min: 1, max: 30 })).map(([f, n]): Edit => (text) => {
    const i = at(text, f);
    return text.slice(0, i + n) + text.slice(i, i + n) + text.slice(i + n);
  }),
  // Insert syntax, unbalanced brackets or odd characters.
  fc
    .tuple(
      fractionArb,
      fc.oneof(
        fc.constantFrom(
          '{',
          '}',
          '(',
          ')',
          '[',
          ']',
          '"',
          '"""',
          '\\',
          '$',
          '@',
          '...',
          ':',
          '!',
          '#',
          '=',
          '|',
          '&',
          ',',
        ),
        fc.constantFrom(...UNICODE_EDGES),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
      ),
    )
    .map(
      ([f, insert]): Edit =>
        (text) =>
          text.slice(0, at(text, f)) + insert + text.slice(at(text, f)),
    ),
  // Overwrite one character with a random byte.
  fc.tuple(fractionArb, fc.integer({ min: 0, max: 255 })).map(
    ([f, byte]): Edit =>
      (text) =>
        text.slice(0, at(text, f)) + String.fromCharCode(byte) + text.slice(at(text, f) + 1),
  ),
  // Truncate.
  fractionArb.map(
    (f): Edit =>
      (text) =>
        text.slice(0, at(text, f)),
  ),
  // Swap two characters.
  fc.tuple(fractionArb, fractionArb).map(([f, g]): Edit => (text) => {
    const chars = [...text];
    const [i, j] = [Math.floor(f * chars.length), Math.floor(g * chars.length)];
    if (chars.length > 1) [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    return chars.join('');
  }),
);

/** One to three edits, applied in order. */
export const textDamageArb: fc.Arbitrary<(text: string) => string> = fc
  .array(editArb, { minLength: 1, maxLength: 3 })
  .map((edits) => (text) => edits.reduce((t, edit) => edit(t), text));
