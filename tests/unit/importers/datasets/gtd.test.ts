import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../../server/src/config/config.js';
import { GTD } from '../../../../server/src/importers/datasets/gtd.js';
import { RecordDecoder } from '../../../../server/src/importers/csv/text-encoding.js';
import { datasetRows, TableRow } from '../../../../server/src/importers/dataset-rows.js';
import { RowRejected } from '../../../../server/src/importers/row-fields.js';
import { rowOf } from '../csv-helpers.js';

const SAMPLE = path.join(ROOT_DIR, 'tests/integration/importers/fixtures/gtd-sample.csv');

const base = {
  eventid: '201901010001',
  iyear: '2019',
  imonth: '1',
  iday: '1',
  country_txt: 'Afghanistan',
  provstate: 'Kabul',
  city: 'Kabul',
};

describe('GTD rows', () => {
  it('has the codebook layout: 135 columns, every column the importer reads among them', () => {
    expect(GTD.header).toHaveLength(135);
    expect(GTD.required.filter((c) => !GTD.header.includes(c))).toEqual([]);
  });

  it('attributes each group by claim first, then doubt, else as reported, with the row as quote', async () => {
    const event = GTD.toEvent(
      await rowOf({
        ...base,
        gname: 'Taliban',
        guncertain1: '1',
        claimed: '1',
        gname2: 'TTP',
        guncertain2: '1',
        claim2: '0',
        gname3: 'X',
        guncertain3: '0',
      }),
    )!;
    expect(event.actors.map((a) => [a.name, a.type, a.status])).toEqual([
      ['Taliban', 'CLAIMED', 'claimed'],
      ['TTP', 'SUSPECTED_OF', 'suspected'],
      ['X', 'PERPETRATED', 'reported'],
    ]);
    expect(event.actors[0]!.quote).toBe(
      'eventid=201901010001; gname=Taliban; guncertain1=1; claimed=1',
    );
  });

  it('keeps dates partial when the day or month is 0, noting the approximate date', async () => {
    const event = GTD.toEvent(
      await rowOf({ ...base, eventid: '201901000001', iday: '0', approxdate: 'January 2019' }),
    )!;
    expect(event.attack).toMatchObject({
      id: 'gtd-201901000001',
      date: '2019-01',
      dateApprox: true,
      dateBasis: 'GTD approxdate: January 2019',
    });
  });

  it('lists related incidents as attack ids, without the row itself', async () => {
    const event = GTD.toEvent(
      await rowOf({ ...base, related: '201901010001, 201901010002,201901010003' }),
    )!;
    expect(event.related).toEqual(['gtd-201901010002', 'gtd-201901010003']);
  });

  it('reads casualties, citations and the place levels', async () => {
    const event = GTD.toEvent(
      await rowOf({
        ...base,
        nkill: '4.0',
        nwound: '',
        scite1: 'a, "b"',
        scite3: 'c',
        summary: 'Text',
      }),
    )!;
    expect(event.casualties).toEqual({
      killed: 4,
      wounded: null,
      quote: 'eventid=201901010001; nkill=4.0',
    });
    expect(event.extra.citations).toEqual(['a, "b"', 'c']);
    expect(event.places).toEqual([
      { name: 'Kabul', placeType: 'province' },
      { name: 'Kabul', placeType: 'city' },
    ]);
    expect(event.attack.description).toBe('Text');
  });

  it('rejects a missing id, an impossible date and a missing country', async () => {
    await expect(async () => GTD.toEvent(await rowOf({ ...base, eventid: '' }))).rejects.toThrow(
      new RowRejected('missing eventid'),
    );
    await expect(async () =>
      GTD.toEvent(await rowOf({ ...base, imonth: '2', iday: '30' })),
    ).rejects.toThrow('impossible date: iyear=2019; imonth=2; iday=30');
    await expect(async () =>
      GTD.toEvent(await rowOf({ ...base, country_txt: '' })),
    ).rejects.toThrow('missing country_txt');
  });

  it('reads the truncated real-format sample: four good rows, and every kind of bad one', async () => {
    const outcomes: string[] = [];
    for await (const row of datasetRows(SAMPLE, GTD, new RecordDecoder('utf-8'))) {
      if (!(row instanceof TableRow)) outcomes.push(`${row.row}: ${row.reason}`);
      else {
        try {
          outcomes.push(`${row.row}: ${GTD.toEvent(row)!.attack.id}`);
        } catch (error) {
          outcomes.push(`${row.row}: ${(error as Error).message}`);
        }
      }
    }
    expect(outcomes).toEqual([
      '1: gtd-201901010001',
      '2: gtd-201901010002',
      '3: gtd-201901020001',
      '4: gtd-201901000001',
      '5: contains bytes that are not UTF-8 in a UTF-8 file (--encoding windows-1252 reads Windows-1252/Latin-1)',
      '6: impossible date: iyear=2019; imonth=2; iday=30',
      '7: missing eventid',
      '8: has 13 fields where the header has 135',
      '9: truncated last line: has 47 fields where the header has 135',
    ]);
  });
});
