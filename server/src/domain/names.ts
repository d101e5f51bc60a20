/**
 * How names and aliases become searchable. "IS-K", "is k", "ISK" and "Işk" must meet, so each
 * spelling is also stored as a key: diacritics removed, lower-cased, letters and digits only.
 */
import anyAscii from 'any-ascii';

/** Lower-case letters and digits of `text`, diacritics removed: "Daesh-K" → "daeshk". */
export function nameKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of `text`, folded like nameKey: "Tehreek-e-Taliban" → ["tehreek", "e", "taliban"]. */
export function nameWords(text: string): string[] {
  return foldDiacritics(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Shorter keys are left without a variant key: "US" and "as", "ISK" and "ask" must not meet. */
const MIN_VARIANT_LENGTH = 5;
const VOWELS = /[aeiou]+/g;

/**
 * A key that transliteration variants of one name share: "Tehrik-i-Taliban" and "Tehreek-e-Taliban",
 * "Khurasan" and "Khorasan", "al-Qaida" and "al-Qaeda" all give one key. Other scripts and letters
 * are first transliterated with any-ascii ("Mazār", "Ислам", "ß"), a maintained table. Hand-written because
 * the spellings at stake are romanisations of Pashto, Urdu and Arabic, where English stemmers do
 * not help: one-letter connector words between two words (the -i-/-e- of izafat) are dropped, q is
 * read as k, every run of vowels counts as one vowel and doubled letters as one. Names too short
 * to keep apart this way get none (undefined).
 */
export function variantKey(text: string): string | undefined {
  const words = nameWords(anyAscii(text));
  const kept = words.filter(
    (word, i) => !(/^[aeiou]$/.test(word) && i > 0 && i < words.length - 1),
  );
  const key = kept.join('');
  if (key.length < MIN_VARIANT_LENGTH || !/^[a-z0-9]+$/.test(key)) return undefined;
  return foldSpelling(key);
}

/** q read as k, every run of vowels as one vowel, doubled letters as one: "qaeda" → "kada". */
export function foldSpelling(word: string): string {
  return word
    .replace(/q/g, 'k')
    .replace(VOWELS, 'a')
    .replace(/(.)\1+/g, '$1');
}

/** The derived search properties an entity node stores beside `name` and `aliases`. */
export function searchProperties(name: string, aliases: readonly string[]) {
  const spellings = [name, ...aliases];
  const keys = [...new Set(spellings.map(nameKey).filter(Boolean))];
  const variants = [...new Set(spellings.map(variantKey).filter(Boolean))];
  return {
    aliasText: aliases.join(' | '),
    searchKeys: keys.join(' '),
    variantKeys: variants.join(' '),
  };
}
