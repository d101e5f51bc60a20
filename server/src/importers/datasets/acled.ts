/**
 * ACLED (Armed Conflict Location & Event Data) exports: one row per event. Violent events become
 * attacks: armed groups on the actor1 side perpetrated them, groups and state forces on the actor2
 * side were targeted. Protests, riots and strategic developments are out of scope and counted.
 */
import { DATASET_RELIABILITY } from '../../domain/grades.js';
import type { TableRow } from '../csv/table-rows.js';
import type { ActorMention, DatasetEvent } from '../dataset-event.js';
import {
  coordinate,
  coordinatePrecision,
  countValue,
  listValue,
  partialDate,
  requiredValue,
  RowRejected,
  rowEntityId,
} from '../row-fields.js';
import { actorTypes, stateOfForces } from './acled-actors.js';
import { ACLED_HEADER } from './acled-header.js';
import type { Dataset } from './dataset.js';

const VIOLENT_EVENT_TYPES = new Set([
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
]);
const MONTHS =
  'january february march april may june july august september october november december'.split(
    ' ',
  );

/** event_date as ISO: the API gives 2021-08-26, the export tool 26 August 2021. */
function eventDate(row: TableRow): string {
  const value = requiredValue(row, 'event_date');
  const quote = row.quote('event_date');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return partialDate(iso[1]!, iso[2]!, iso[3]!, quote);
  const written = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(value);
  const month = written ? MONTHS.indexOf(written[2]!.toLowerCase()) + 1 : 0;
  if (!written || month === 0) throw new RowRejected(`impossible date: ${quote}`);
  return partialDate(written[3]!, String(month), written[1]!, quote);
}

/** The actor and associated actors of one side, as groups or states by the side's actor type. */
function side(row: TableRow, n: 1 | 2, type: number | undefined, country: string): ActorMention[] {
  const names = [row.get(`actor${n}`), ...listValue(row, `assoc_actor_${n}`, /;/)].filter(Boolean);
  const quote = row.quote(
    'event_id_cnty',
    `actor${n}`,
    `assoc_actor_${n}`,
    `inter${n}`,
    'interaction',
  );
  const relation = n === 1 ? ('PERPETRATED' as const) : ('TARGETED' as const);
  if (type === 1) {
    // The vocabulary lets an attack target a state, but only groups and persons perpetrate.
    if (n === 1) return [];
    return names.map((name) => ({
      name: stateOfForces(name) ?? country,
      kind: 'State',
      type: relation,
      status: 'reported',
      quote,
    }));
  }
  if (type === undefined || type < 2 || type > 4) return [];
  return names.map((name) => ({ name, kind: 'Group', type: relation, status: 'reported', quote }));
}

function toEvent(row: TableRow): DatasetEvent | null {
  const id = rowEntityId(row, 'acled', 'event_id_cnty');
  const date = eventDate(row);
  if (!VIOLENT_EVENT_TYPES.has(row.get('event_type'))) return null;
  const country = requiredValue(row, 'country');
  const subType = row.get('sub_event_type') || row.get('event_type');
  const precision = row.get('time_precision');
  const killed = countValue(row, 'fatalities');
  const [type1, type2] = actorTypes(row);
  return {
    attack: {
      id,
      kind: 'Attack',
      name: `${subType} in ${row.get('location') || row.get('admin1') || country}, ${date}`,
      aliases: [`ACLED ${row.get('event_id_cnty')}`],
      description: row.get('notes') || null,
      date,
      dateApprox: precision === '2' || precision === '3',
      dateBasis: precision ? `ACLED event_date, time_precision=${precision}` : 'ACLED event_date',
      attackType: subType,
    },
    extra: {
      eventType: row.get('event_type'),
      latitude: coordinate(row, 'latitude', 90),
      longitude: coordinate(row, 'longitude', 180),
      locationPrecision: coordinatePrecision(row, 'ACLED', 'geo_precision'),
      citations: listValue(row, 'source', /;/),
    },
    quote: row.quote('event_id_cnty', 'event_date', 'country', 'admin1', 'admin2', 'location'),
    country,
    places: [
      { name: row.get('admin1'), placeType: 'province' as const },
      { name: row.get('admin2'), placeType: 'district' as const },
      { name: row.get('location'), placeType: 'city' as const },
    ].filter((p) => p.name !== ''),
    locationQuote: row.quote('event_id_cnty', 'country', 'admin1', 'admin2', 'location'),
    actors: [...side(row, 1, type1, country), ...side(row, 2, type2, country)],
    casualties:
      killed === null
        ? null
        : { killed, wounded: null, quote: row.quote('event_id_cnty', 'fatalities') },
    related: [],
    relatedQuote: '',
    citations: [{ column: 'notes', text: row.get('notes'), publisher: row.get('source') }],
  };
}

export const ACLED: Dataset = {
  name: 'acled',
  source: {
    id: 'src-acled',
    kind: 'Source',
    name: 'Armed Conflict Location & Event Data (ACLED)',
    title: 'Armed Conflict Location & Event Data (ACLED)',
    publisher: 'ACLED',
    url: 'https://acleddata.com/',
    reliability: DATASET_RELIABILITY,
    dateApprox: false,
    description:
      'Imported with `npm run import -- acled`. Quotes are the column=value pairs of the dataset row that support the link.',
  },
  header: ACLED_HEADER,
  required: [
    'event_id_cnty',
    'event_date',
    'event_type',
    'sub_event_type',
    'actor1',
    'assoc_actor_1',
    'actor2',
    'assoc_actor_2',
    'interaction',
    'country',
    'admin1',
    'admin2',
    'location',
    'latitude',
    'longitude',
    'fatalities',
    'notes',
    'source',
  ],
  idColumn: 'event_id_cnty',
  toEvent,
};
