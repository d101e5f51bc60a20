/**
 * Synthetic ACLED rows in the export's shape: battles, explosions and violence against civilians
 * between armed groups, state forces and civilians, plus protests and riots the importer leaves
 * out; associated actors joined by "; ", dates written "26 August 2021", notes with commas,
 * quotes and the odd line break.
 */
import { GroupPicker, buildGroups } from './groups.js';
import { PlacePicker, buildWorld } from './world.js';
import { Random } from './random.js';

const FIRST_DAY = Date.UTC(2018, 0, 1);
const DAYS = 2557; // 2018-01-01 … 2024-12-31
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
const EVENTS: readonly [string, string, number][] = [
  ['Battles', 'Armed clash', 0.33],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 0.15],
  ['Explosions/Remote violence', 'Suicide bomb', 0.03],
  ['Violence against civilians', 'Attack', 0.22],
  ['Violence against civilians', 'Abduction/forced disappearance', 0.05],
  ['Protests', 'Peaceful protest', 0.15],
  ['Riots', 'Mob violence', 0.05],
  ['Strategic developments', 'Arrests', 0.02],
];

function eventKind(random: Random): [string, string] {
  let target = random.next();
  for (const [type, subType, share] of EVENTS) {
    if ((target -= share) < 0) return [type, subType];
  }
  return [EVENTS[0]![0], EVENTS[0]![1]];
}

/** `rows` ACLED rows in date order, as column → value. */
export function* acledRows(rows: number, seed: number): Generator<Record<string, string>> {
  const random = new Random(seed);
  const places = new PlacePicker(buildWorld(random));
  const groups = new GroupPicker(buildGroups(random, rows, 'acled'));
  const numbers = new Map<string, number>();
  for (let i = 0; i < rows; i++) {
    const date = new Date(FIRST_DAY + Math.floor((i / rows) * DAYS) * 86_400_000);
    const { country, province, city } = places.pick(random);
    const [eventType, subEventType] = eventKind(random);
    const forces = `Military Forces of ${country.name} (2019-)`;
    const group = () =>
      random.chance(0.25) ? `Unidentified Armed Group (${country.name})` : groups.pick(random);
    const [actor1, inter1, actor2, inter2] =
      eventType === 'Protests'
        ? [`Protesters (${country.name})`, 'Protesters', '', '']
        : eventType === 'Riots'
          ? [`Rioters (${country.name})`, 'Rioters', `Civilians (${country.name})`, 'Civilians']
          : eventType === 'Battles'
            ? random.chance(0.5)
              ? [group(), 'Rebel group', forces, 'State forces']
              : [forces, 'State forces', group(), 'Political militia']
            : [
                group(),
                random.pick(['Rebel group', 'Identity militia']),
                `Civilians (${country.name})`,
                'Civilians',
              ];
    const fatalities = eventType === 'Protests' ? 0 : random.heavyTail(1.2);
    const number = (numbers.get(country.iso3) ?? 0) + 1;
    numbers.set(country.iso3, number);
    yield {
      event_id_cnty: `${country.iso3}${number}`,
      event_date: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
      year: String(date.getUTCFullYear()),
      time_precision: random.chance(0.85) ? '1' : random.pick(['2', '3']),
      disorder_type: eventType === 'Protests' ? 'Demonstrations' : 'Political violence',
      event_type: eventType,
      sub_event_type: subEventType,
      actor1,
      assoc_actor_1: actor1 && random.chance(0.1) ? groups.pick(random) : '',
      inter1,
      actor2,
      assoc_actor_2:
        inter2 === 'Civilians' && random.chance(0.2)
          ? `Farmers (${country.name}); Women (${country.name})`
          : '',
      inter2,
      interaction: inter2 ? `${inter1}-${inter2}` : `${inter1} only`,
      civilian_targeting: inter2 === 'Civilians' ? 'Civilian targeting' : '',
      iso: String(100 + (number % 800)),
      region: country.region,
      country: country.name,
      admin1: province.name,
      admin2: `${province.name} District`,
      admin3: '',
      location: city,
      latitude: (random.next() * 120 - 60).toFixed(4),
      longitude: (random.next() * 340 - 170).toFixed(4),
      geo_precision: '1',
      source: random.chance(0.5) ? 'Local Monitor; National News Agency' : 'Wire Service',
      source_scale: 'National',
      notes:
        `On ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${actor1 || 'unknown actors'} ` +
        `${eventType === 'Battles' ? 'clashed with' : 'attacked'} ${actor2 || 'no one'} in ${city}, ${province.name}. ${fatalities} fatalities` +
        (random.chance(0.2) ? ', "according to local sources".' : '.') +
        (random.chance(0.02) ? '\n[size=no report]' : ''),
      fatalities: String(fatalities),
      tags: '',
      timestamp: String(1_600_000_000 + i),
    };
  }
}
