/**
 * A text folded the way names are keyed for mention finding: every character transliterated with
 * any-ascii (as the importers' resolver does), lower-cased, letters and digits only, so that case,
 * diacritics, hyphens and spacing never keep a name from its spelling in the text. Each folded
 * character remembers the text position it came from and whether a word starts or ends there.
 */
import anyAscii from 'any-ascii';

export interface FoldedText {
  /** The folded characters: a-z and 0-9 only. */
  keys: string;
  /** For each folded character, the UTF-16 index of the text character it came from. */
  origin: number[];
  /** For each folded character, the UTF-16 index just after its text character. */
  originEnd: number[];
  /** True where a folded character starts a word of the text. */
  wordStart: boolean[];
  /** True where a folded character ends a word of the text. */
  wordEnd: boolean[];
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Folds one character: "É" → "e", "ß" → "ss", "-" → "". */
function foldChar(char: string): string {
  return anyAscii(char)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** `text` folded, with the way back to its positions. */
export function foldText(text: string): FoldedText {
  const folded: FoldedText = { keys: '', origin: [], originEnd: [], wordStart: [], wordEnd: [] };
  const chars = Array.from(text);
  const parts: string[] = [];
  let at = 0;
  chars.forEach((char, i) => {
    const key = ALNUM.test(char) ? foldChar(char) : '';
    const startsWord = i === 0 || !ALNUM.test(chars[i - 1]!);
    const endsWord = i === chars.length - 1 || !ALNUM.test(chars[i + 1]!);
    for (let k = 0; k < key.length; k++) {
      folded.origin.push(at);
      folded.originEnd.push(at + char.length);
      folded.wordStart.push(startsWord && k === 0);
      folded.wordEnd.push(endsWord && k === key.length - 1);
    }
    parts.push(key);
    at += char.length;
  });
  folded.keys = parts.join('');
  return folded;
}

/** The key of a name, folded exactly as texts are: "Tehrik-i-Taliban" → "tehrikitaliban". */
export function foldedKey(name: string): string {
  return foldText(name).keys;
}
