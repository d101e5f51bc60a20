/**
 * Synthetic GTD rows with the shape of the real database: incidents grow over 1970–2020, about
 * 45% have an unknown perpetrator, a few name two or three groups, some have an unknown day or
 * month, series of incidents list each other in `related`, and summaries and citations carry
 * commas, quotes and now and then a line break.
 */
import { GroupPicker, buildGroups } from './groups.js';
import { PlacePicker, buildWorld } from './world.js';
import { Random } from './random.js';

const FIRST_DAY = Date.UTC(1970, 0, 1);
const DAYS = 18_627; // 1970-01-01 … 2020-12-31
const ATTACK_TYPES = [
  'Bombing/Explosion',
  'Armed Assault',
  'Assassination',
  'Hostage Taking (Kidnapping)',
  'Facility/Infrastructure Attack',
  'Unknown',
];
const TARGET_TYPES = [
  'Private Citizens & Property',
  'Military',
  'Police',
  'Government (General)',
  'Business',
  'Religious Figures/Institutions',
];
const WEAPON_TYPES = ['Explosives', 'Firearms', 'Unknown', 'Incendiary', 'Melee'];
const SOURCES = ['START Primary Collection', 'PGIS', 'ISVG', 'CETIS'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function perpetratorColumns(random: Random, groups: GroupPicker): Record<string, string> {
  if (random.chance(0.45)) return { gname: 'Unknown', guncertain1: '0', claimed: '' };
  const count = random.chance(0.035) ? (random.chance(0.15) ? 3 : 2) : 1;
  const names = [...new Set(Array.from({ length: count }, () => groups.pick(random)))];
  const columns: Record<string, string> = {};
  names.forEach((name, i) => {
    const n = i === 0 ? '' : String(i + 1);
    columns[`gname${n}`] = name;
    columns[`guncertain${i + 1}`] = random.chance(0.07) ? '1' : '0';
    columns[i === 0 ? 'claimed' : `claim${i + 1}`] = random.chance(0.1) ? '1' : '0';
  });
  return columns;
}

/** `rows` GTD rows in date order, as column → value. */
export function* gtdRows(rows: number, seed: number): Generator<Record<string, string>> {
  const random = new Random(seed);
  const places = new PlacePicker(buildWorld(random));
  const groups = new GroupPicker(buildGroups(random, rows, 'gtd'));
  const sequence = new Map<string, number>();
  let series: { day: number; related: string[]; left: number } | undefined;
  for (let i = 0; i < rows; i++) {
    // Incidents grow over the decades: equal shares of rows cover ever shorter spans of days.
    const day = series?.day ?? Math.floor((i / rows) ** 0.6 * DAYS);
    const date = new Date(FIRST_DAY + day * 86_400_000);
    const [year, month, dayOfMonth] = [
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
    ];
    const unknown = series
      ? 'none'
      : random.chance(0.003)
        ? 'month'
        : random.chance(0.015)
          ? 'day'
          : 'none';
    const imonth = unknown === 'month' ? 0 : month;
    const iday = unknown === 'none' ? dayOfMonth : 0;
    const prefix = `${year}${pad(imonth)}${pad(iday)}`;
    const eventid = `${prefix}${pad((sequence.get(prefix) ?? 0) + 1, 4)}`;
    sequence.set(prefix, (sequence.get(prefix) ?? 0) + 1);
    if (!series && unknown === 'none' && random.chance(0.03)) {
      // A coordinated series: the next rows share the day, and every row lists the whole series.
      const size = random.int(2, 4);
      const first = sequence.get(prefix)!;
      series = {
        day,
        related: Array.from({ length: size }, (_, k) => `${prefix}${pad(first + k, 4)}`),
        left: size,
      };
      if (random.chance(0.05)) series.related.push(`${prefix}9999`); // an incident not in this file
    }
    const related = series?.related.join(', ') ?? '';
    if (series && --series.left === 0) series = undefined;

    const { country, province, city } = places.pick(random);
    const nkill = random.chance(0.06) ? '' : String(random.heavyTail(1.5));
    const nwound = random.chance(0.09) ? '' : String(random.heavyTail(2.5));
    const attackType = random.pick(ATTACK_TYPES);
    const perpetrators = perpetratorColumns(random, groups);
    const when = `${pad(month)}/${pad(dayOfMonth)}/${year}`;
    const summary =
      `${when}: ${attackType === 'Unknown' ? 'An incident' : `An attack (${attackType.toLowerCase()})`} took place in ${city}, ${province.name}, ${country.name}. ` +
      `At least ${nkill || 'an unknown number of'} people were killed${random.chance(0.3) ? `, and officials called it "a cowardly act"` : ''}.` +
      (random.chance(0.02) ? `\nA second paragraph adds detail, with a comma, here.` : '');
    yield {
      eventid,
      iyear: String(year),
      imonth: String(imonth),
      iday: String(iday),
      approxdate:
        unknown === 'day'
          ? `${MONTHS[month - 1]} ${year}`
          : unknown === 'month'
            ? String(year)
            : '',
      extended: '0',
      country_txt: country.name,
      region_txt: country.region,
      provstate: province.name,
      city,
      latitude: (random.next() * 120 - 60).toFixed(6),
      longitude: (random.next() * 340 - 170).toFixed(6),
      specificity: '1',
      vicinity: '0',
      summary,
      crit1: '1',
      crit2: '1',
      crit3: '1',
      doubtterr: '0',
      multiple: related ? '1' : '0',
      success: '1',
      suicide: random.chance(0.04) ? '1' : '0',
      attacktype1_txt: attackType,
      targtype1_txt: random.pick(TARGET_TYPES),
      target1: `${random.pick(['Checkpoint', 'Market', 'Convoy', 'Office'])} in ${city}`,
      ...perpetrators,
      weaptype1_txt: random.pick(WEAPON_TYPES),
      nkill,
      nwound,
      scite1: `"${attackType} reported in ${city}," Wire Service, ${MONTHS[month - 1]} ${dayOfMonth}, ${year}.`,
      scite2: random.chance(0.4) ? `Regional Daily, "Officials respond," ${year}.` : '',
      scite3: random.chance(0.1) ? `"${city} incident," Evening Post, ${year}.` : '',
      dbsource: random.pick(SOURCES),
      INT_LOG: '-9',
      INT_IDEO: '-9',
      INT_MISC: '0',
      INT_ANY: '-9',
      related,
    };
  }
}
