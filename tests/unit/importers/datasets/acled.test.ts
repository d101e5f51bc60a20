import { describe, expect, it } from 'vitest';
import { ACLED } from '../../../../server/src/importers/datasets/acled.js';
import {
  actorTypes,
  stateOfForces,
} from '../../../../server/src/importers/datasets/acled-actors.js';
import { rowOf } from '../csv-helpers.js';

const base = {
  event_id_cnty: 'AFG1001',
  event_date: '26 August 2021',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  country: 'Afghanistan',
  admin1: 'Kabul',
  admin2: 'Kabul',
  location: 'Kabul',
  fatalities: '3',
};

describe('ACLED rows', () => {
  it('reads both date formats and rejects impossible dates', async () => {
    expect(ACLED.toEvent(await rowOf(base))!.attack.date).toBe('2021-08-26');
    expect(ACLED.toEvent(await rowOf({ ...base, event_date: '2021-08-26' }))!.attack.date).toBe(
      '2021-08-26',
    );
    await expect(async () =>
      ACLED.toEvent(await rowOf({ ...base, event_date: '31 February 2021' })),
    ).rejects.toThrow('impossible date: event_date=31 February 2021');
    await expect(async () =>
      ACLED.toEvent(await rowOf({ ...base, event_date: '26 Augst 2021' })),
    ).rejects.toThrow('impossible date');
  });

  it('takes actor types from inter1/inter2, or from a coded or worded interaction', async () => {
    expect(
      actorTypes(await rowOf({ inter1: 'Rebel group', inter2: 'State forces', interaction: '' })),
    ).toEqual([2, 1]);
    expect(actorTypes(await rowOf({ interaction: '37' }))).toEqual([3, 7]);
    expect(actorTypes(await rowOf({ interaction: '20' }))).toEqual([2, undefined]);
    expect(actorTypes(await rowOf({ interaction: 'Identity militia-Civilians' }))).toEqual([4, 7]);
    expect(actorTypes(await rowOf({ interaction: 'Rebel group only' }))).toEqual([2, undefined]);
  });

  it('makes armed groups perpetrators, targeted groups and state forces targets, and leaves civilians out', async () => {
    const event = ACLED.toEvent(
      await rowOf({
        ...base,
        actor1: 'Taliban',
        assoc_actor_1: 'Haqqani Network; Other Front',
        actor2: 'Military Forces of Pakistan (2018-)',
        interaction: '21',
      }),
    )!;
    expect(event.actors.map((a) => [a.name, a.kind, a.type])).toEqual([
      ['Taliban', 'Group', 'PERPETRATED'],
      ['Haqqani Network', 'Group', 'PERPETRATED'],
      ['Other Front', 'Group', 'PERPETRATED'],
      ['Pakistan', 'State', 'TARGETED'],
    ]);
    const civilians = ACLED.toEvent(
      await rowOf({
        ...base,
        actor1: 'Military Forces of Afghanistan (2021-)',
        actor2: 'Civilians (Afghanistan)',
        interaction: '17',
      }),
    )!;
    expect(civilians.actors).toEqual([]);
  });

  it('names the state behind state forces', () => {
    expect(stateOfForces('Military Forces of Afghanistan (2021-)')).toBe('Afghanistan');
    expect(stateOfForces('Police Forces of the United States (2021-2025)')).toBe('United States');
    expect(stateOfForces('Taliban')).toBeUndefined();
  });

  it('leaves protests, riots and strategic developments out', async () => {
    expect(ACLED.toEvent(await rowOf({ ...base, event_type: 'Protests' }))).toBeNull();
    expect(
      ACLED.toEvent(await rowOf({ ...base, event_type: 'Strategic developments' })),
    ).toBeNull();
  });

  it('places the event in province, district and location, with the fatalities as a casualty report', async () => {
    const event = ACLED.toEvent(await rowOf({ ...base, time_precision: '2', admin2: '' }))!;
    expect(event.places.map((p) => p.placeType)).toEqual(['province', 'city']);
    expect(event.casualties).toEqual({
      killed: 3,
      wounded: null,
      quote: 'event_id_cnty=AFG1001; fatalities=3',
    });
    expect(event.attack).toMatchObject({
      id: 'acled-afg1001',
      dateApprox: true,
      aliases: ['ACLED AFG1001'],
    });
  });
});
