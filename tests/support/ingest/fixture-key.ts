/**
 * The fixture articles of tests/fixtures/ingest and their key (brannock-bombing.key.json): the
 * entities the graph holds before the articles are added and what each article must yield.
 */
import { readFileSync } from 'node:fs';

interface KeyEntity {
  key: string;
  kind: string;
  name: string;
  aliases?: string[];
  placeType?: string;
  date?: string;
}

export interface KeyProposal {
  type: string;
  /** A key of `entities`, or a new name. */
  from: string;
  to: string;
  status?: string;
  killed?: number;
  wounded?: number;
}

export interface KeyArticle {
  file: string;
  date: string;
  mentions: { text: string; entity: string; occurrence?: number; variant?: boolean }[];
  newNames: { text: string; kind: string }[];
  proposals: KeyProposal[];
}

export interface FixtureKey {
  entities: KeyEntity[];
  relations: { type: string; from: string; to: string }[];
  articles: KeyArticle[];
}

const DIR = new URL('../../fixtures/ingest/', import.meta.url);

export const fixtureKey = (): FixtureKey =>
  JSON.parse(readFileSync(new URL('brannock-bombing.key.json', DIR), 'utf8')) as FixtureKey;

export const fixtureText = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

/** The offset of the `occurrence`-th (from 1) occurrence of `text` in `article`, or -1. */
export function offsetOf(article: string, text: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = article.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
