/**
 * Perpetrator names for the synthetic datasets: a handful of real group names in the datasets'
 * own spellings (the alias table joins them to the curated entities), then made-up groups, each
 * with the spelling variants real datasets show — with and without acronym, other hyphenation or
 * case, now and then a typo — and a power-law activity: the first groups carry most incidents.
 */
import { placeName } from './world.js';
import { PowerLaw, type Random } from './random.js';

export interface SyntheticGroup {
  /** The dataset's usual spelling. */
  name: string;
  /** Other spellings, used for a small share of incidents. */
  variants: string[];
}

/** Real names as GTD (first) and ACLED (second) spell them. */
const KNOWN: readonly [string, string, string[]][] = [
  ['Taliban', 'Taliban', ['Taliban (Afghanistan)']],
  [
    'Khorasan Chapter of the Islamic State',
    'Islamic State (Afghanistan)',
    ['Islamic State Khorasan Province (ISKP)'],
  ],
  [
    'Tehrik-i-Taliban Pakistan (TTP)',
    'TTP: Tehrik-i-Taliban Pakistan',
    ['Tehrik-i-Taliban Pakistan'],
  ],
  ['Islamic State of Iraq and the Levant (ISIL)', 'Islamic State (Iraq)', []],
  ['Haqqani Network', 'Haqqani Network', ['Haqqani network']],
  ['Al-Qaida', 'Al Qaeda', ['al-Qaida']],
  [
    'Islamic State West Africa Province (ISWAP)',
    'Islamic State (West Africa) - Lake Chad Faction',
    [],
  ],
];

const FIRST = [
  'Popular',
  'Revolutionary',
  'National',
  'United',
  'Democratic',
  "People's",
  'Free',
  'Patriotic',
  'Islamic',
  'Armed',
];
const CORE = [
  'Liberation Front',
  'Resistance Movement',
  'Army',
  'Brigades',
  'Defense Forces',
  'Mujahideen',
  'Salvation Front',
  'Commandos',
  'Militia',
  'Guerrilla Army',
];

function typo(name: string, random: Random): string {
  const i = random.int(1, name.length - 2);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

function madeUp(random: Random, taken: Set<string>): SyntheticGroup {
  for (;;) {
    const words = `${random.pick(FIRST)} ${random.pick(CORE)} of ${placeName(random)}`;
    const acronym = words
      .split(' ')
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
    const name = random.chance(0.5) ? `${words} (${acronym})` : words;
    if (taken.has(name)) continue;
    taken.add(name);
    const variants = [
      words.replace(/ /, '-'),
      words.toUpperCase(),
      typo(words, random),
      ...(name === words ? [] : [words]),
    ];
    return { name, variants };
  }
}

/** The groups of a dataset of about `rows` rows, busiest first. */
export function buildGroups(
  random: Random,
  rows: number,
  dataset: 'gtd' | 'acled',
): SyntheticGroup[] {
  const known = KNOWN.map(([gtd, acled, variants]) => ({
    name: dataset === 'gtd' ? gtd : acled,
    variants,
  }));
  const taken = new Set(known.map((g) => g.name));
  // Real GTD has about 3,500 named perpetrators for 200,000 incidents.
  const count = Math.min(3500, 20 + Math.ceil(rows / 60));
  const groups = Array.from({ length: count }, () => madeUp(random, taken));
  // The real names spread over the busy end of the ranking (ranks 0, 2, 5, 9, 14, 20, 27).
  known.forEach((group, i) => groups.splice((i * (i + 1)) / 2 + i, 0, group));
  return groups;
}

/** Draws a group name: power-law over groups, and a variant spelling for about 5% of mentions. */
export class GroupPicker {
  private readonly law: PowerLaw;

  constructor(private readonly groups: readonly SyntheticGroup[]) {
    this.law = new PowerLaw(groups.length);
  }

  pick(random: Random): string {
    const group = this.groups[this.law.sample(random)]!;
    return group.variants.length > 0 && random.chance(0.05)
      ? random.pick(group.variants)
      : group.name;
  }
}
