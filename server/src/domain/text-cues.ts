/**
 * What a sentence says about an attack: that it reports one (an attack word), its casualty
 * figures as worded ("at least 56 killed") and a date it names. Hand-written patterns: the
 * wording of casualty counts in news reports is narrow and a general NLP library does not read
 * numbers as tolls.
 */

export const ATTACK_WORDS =
  /\b(?:attacks?|bombings?|blasts?|explosions?|suicide bombers?|assaults?|ambush(?:es)?|shootings?|massacres?|raids?)\b/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const NUMBER = `(\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join('|')})`;
const QUALIFIER = '(at least|more than|over|nearly|almost|about|around|some|up to)?\\s*';
const VICTIMS =
  '(?:\\s+(?:people|persons|civilians|worshippers|soldiers|policemen|police officers|officers|children|others|men|women))?';
const KILLED = new RegExp(
  `(?:${QUALIFIER}${NUMBER}${VICTIMS}\\s+(?:were\\s+|have been\\s+|had been\\s+)?(?:killed|dead|died)|(?:killed|killing|kills)\\s+${QUALIFIER}${NUMBER}|death toll\\b[^.]{0,80}?\\b(?:to|at|of|reached)\\s+${QUALIFIER}${NUMBER})`,
  'i',
);
const WOUNDED = new RegExp(
  `(?:${QUALIFIER}${NUMBER}${VICTIMS}\\s+(?:were\\s+|have been\\s+)?(?:wounded|injured|hurt)|(?:wounded|wounding|injured|injuring)\\s+${QUALIFIER}${NUMBER})`,
  'i',
);

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  qualifier: string | null;
}

function readNumber(word: string): number {
  const lower = word.toLowerCase();
  return NUMBER_WORDS[lower] ?? Number(lower.replace(/,/g, ''));
}

/** The qualifier and number of whichever alternative of the pattern matched. */
function figure(match: RegExpMatchArray | null): { n: number; qualifier: string | null } | null {
  if (!match) return null;
  const groups = match.slice(1);
  for (let i = 0; i + 1 < groups.length; i += 2) {
    if (groups[i + 1] === undefined) continue;
    const n = readNumber(groups[i + 1]!);
    if (Number.isFinite(n)) return { n, qualifier: groups[i]?.toLowerCase() ?? null };
  }
  return null;
}

/** The casualty figures `sentence` gives, or null when it gives none. */
export function casualtiesIn(sentence: string): Casualties | null {
  const killed = figure(sentence.match(KILLED));
  const wounded = figure(sentence.match(WOUNDED));
  if (!killed && !wounded) return null;
  return {
    killed: killed?.n ?? null,
    wounded: wounded?.n ?? null,
    qualifier: killed?.qualifier ?? wounded?.qualifier ?? null,
  };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')})`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const iso = (year: string, month: number, day: string) =>
  `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;

/** The full date `text` names (ISO yyyy-mm-dd), or null. */
function firstDate(text: string): string | null {
  const dmy = text.match(DAY_MONTH_YEAR);
  if (dmy) return iso(dmy[3]!, MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1, dmy[1]!);
  const mdy = text.match(MONTH_DAY_YEAR);
  if (mdy) return iso(mdy[3]!, MONTHS.indexOf(mdy[1]!.toLowerCase()) + 1, mdy[2]!);
  const isoDate = text.match(ISO);
  return isoDate ? isoDate[0] : null;
}

/**
 * The date `sentence` gives for what it reports: a date after "on" ("struck on 4 March 2026")
 * first, since a dateline ("BRANNOCK, 5 March 2026 —") is the day of writing; else the first.
 */
export function dateIn(sentence: string): string | null {
  const on = sentence.match(/\bon\s+(?:\w+day,?\s+)?(?:the\s+)?([^,.;]{6,30})/i);
  return (on ? firstDate(on[1]!) : null) ?? firstDate(sentence);
}
