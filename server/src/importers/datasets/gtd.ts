/**
 * The Global Terrorism Database (START, University of Maryland): one row per incident. Each row is
 * an attack with its place, perpetrator groups (claimed, suspected or attributed), casualty figures
 * and related incidents; every link is evidenced by the row's own column=value pairs.
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
  rowEntityId,
} from '../row-fields.js';
import type { Dataset } from './dataset.js';
import { GTD_HEADER } from './gtd-header.js';

// The perpetrator columns of the codebook: up to three groups, each with its own claim and doubt.
const PERPETRATOR_COLUMNS = [
  { gname: 'gname', gsubname: 'gsubname', uncertain: 'guncertain1', claimed: 'claimed' },
  { gname: 'gname2', gsubname: 'gsubname2', uncertain: 'guncertain2', claimed: 'claim2' },
  { gname: 'gname3', gsubname: 'gsubname3', uncertain: 'guncertain3', claimed: 'claim3' },
] as const;

type PerpetratorColumns = (typeof PERPETRATOR_COLUMNS)[number];

/** A claim is a fact about the claim, whatever the doubt about who acted, so it comes first. */
function attribution(row: TableRow, c: PerpetratorColumns): Pick<ActorMention, 'type' | 'status'> {
  if (row.get(c.claimed) === '1') return { type: 'CLAIMED', status: 'claimed' };
  if (row.get(c.uncertain) === '1') return { type: 'SUSPECTED_OF', status: 'suspected' };
  return { type: 'PERPETRATED', status: 'reported' };
}

function perpetrators(row: TableRow): ActorMention[] {
  return PERPETRATOR_COLUMNS.filter((c) => row.get(c.gname) !== '').map((c) => ({
    name: row.get(c.gname),
    kind: 'Group',
    ...attribution(row, c),
    quote: row.quote('eventid', c.gname, c.gsubname, c.uncertain, c.claimed),
  }));
}

function toEvent(row: TableRow): DatasetEvent {
  const eventid = requiredValue(row, 'eventid');
  const id = rowEntityId(row, 'gtd', 'eventid');
  const date = partialDate(
    requiredValue(row, 'iyear'),
    row.get('imonth'),
    row.get('iday'),
    row.quote('iyear', 'imonth', 'iday'),
  );
  const country = requiredValue(row, 'country_txt');
  const attackType = row.get('attacktype1_txt') || null;
  const approx = row.get('approxdate');
  const killed = countValue(row, 'nkill');
  const wounded = countValue(row, 'nwound');
  return {
    attack: {
      id,
      kind: 'Attack',
      name: `${attackType ?? 'Attack'} in ${row.get('city') || row.get('provstate') || country}, ${date}`,
      aliases: [`GTD ${eventid}`],
      description: row.get('summary') || null,
      date,
      dateApprox: approx !== '',
      dateBasis: approx ? `GTD approxdate: ${approx}` : 'GTD iyear/imonth/iday',
      attackType,
    },
    extra: {
      targetType: row.get('targtype1_txt') || null,
      target: row.get('target1') || null,
      weaponType: row.get('weaptype1_txt') || null,
      latitude: coordinate(row, 'latitude', 90),
      longitude: coordinate(row, 'longitude', 180),
      locationPrecision: coordinatePrecision(row, 'GTD', 'specificity'),
      citations: ['scite1', 'scite2', 'scite3'].map((c) => row.get(c)).filter(Boolean),
      dbsource: row.get('dbsource') || null,
    },
    quote: row.quote('eventid', 'iyear', 'imonth', 'iday', 'country_txt', 'provstate', 'city'),
    country,
    places: [
      { name: row.get('provstate'), placeType: 'province' as const },
      { name: row.get('city'), placeType: 'city' as const },
    ].filter((p) => p.name !== ''),
    locationQuote: row.quote('eventid', 'country_txt', 'provstate', 'city'),
    actors: perpetrators(row),
    casualties:
      killed === null && wounded === null
        ? null
        : { killed, wounded, quote: row.quote('eventid', 'nkill', 'nwound') },
    related: listValue(row, 'related', /[\s,;]+/)
      .map((other) => `gtd-${other.toLowerCase()}`)
      .filter((other) => other !== id),
    relatedQuote: row.quote('eventid', 'related'),
    citations: ['scite1', 'scite2', 'scite3'].map((column) => ({ column, text: row.get(column) })),
  };
}

export const GTD: Dataset = {
  name: 'gtd',
  source: {
    id: 'src-gtd',
    kind: 'Source',
    name: 'Global Terrorism Database (GTD)',
    title: 'Global Terrorism Database (GTD)',
    publisher:
      'National Consortium for the Study of Terrorism and Responses to Terrorism (START), University of Maryland',
    url: 'https://www.start.umd.edu/gtd/',
    reliability: DATASET_RELIABILITY,
    dateApprox: false,
    description:
      'Imported with `npm run import -- gtd`. Quotes are the column=value pairs of the dataset row that support the link.',
  },
  header: GTD_HEADER,
  required: [
    'eventid',
    'iyear',
    'imonth',
    'iday',
    'approxdate',
    'country_txt',
    'provstate',
    'city',
    'latitude',
    'longitude',
    'gname',
    'gname2',
    'gname3',
    'gsubname',
    'guncertain1',
    'guncertain2',
    'guncertain3',
    'claimed',
    'nkill',
    'nwound',
    'attacktype1_txt',
    'targtype1_txt',
    'target1',
    'weaptype1_txt',
    'summary',
    'scite1',
    'scite2',
    'scite3',
    'dbsource',
    'related',
  ],
  idColumn: 'eventid',
  toEvent,
};
