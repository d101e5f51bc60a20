/**
 * A source's full text as the graph stores it: normalised once on the way in (Unicode NFC, line
 * endings to \n, no byte-order mark) and kept exactly as normalised, so that quote offsets, the
 * SHA-256 and the length all refer to the same string.
 */
import { createHash } from 'node:crypto';
import { unsafeTextProblem } from './safe-text.js';

/** Largest text `addSource` stores: 2 MiB of UTF-8, far above any article (5,000 words ≈ 30 KB). */
export const MAX_SOURCE_TEXT_BYTES = 2 * 1024 * 1024;

/** The stored form of `text`. */
export function normalizeSourceText(text: string): string {
  return text
    .replace(/^\ufeff/u, '')
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n');
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Why `text` (already normalised) cannot be stored as a source text, or undefined when it can. */
export function sourceTextProblem(text: string): string | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SOURCE_TEXT_BYTES)
    return `is ${bytes.toLocaleString('en')} bytes; a source text may have at most ${MAX_SOURCE_TEXT_BYTES.toLocaleString('en')} (2 MiB)`;
  if (!text.trim()) return 'is empty; a source needs its text';
  return unsafeTextProblem(text, true);
}

/** What is stored for a text: the normalised text, its SHA-256 and its length in UTF-16 units. */
export interface StoredText {
  text: string;
  sha256: string;
  length: number;
}

/** The stored form of `text` with its hash and length. */
export function storedText(text: string): StoredText {
  const normalized = normalizeSourceText(text);
  return { text: normalized, sha256: sha256Hex(normalized), length: normalized.length };
}

/**
 * A readable id for a new source: "src-" and the title's first words as a slug, then the first 8
 * hex digits of the text's SHA-256, so the same text always gets the same id and two sources with
 * one title do not collide.
 */
export function sourceIdFor(title: string, sha256: string): string {
  const slug = idSlug(title);
  return `src-${slug ? `${slug}-` : ''}${sha256.slice(0, 8)}`;
}

/** `text` as the readable part of an id: ASCII lower-case words joined by hyphens, ≤ 48 chars. */
export function idSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 48)
    .replace(/-+$/u, '');
}
