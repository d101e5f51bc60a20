import { describe, expect, it } from 'vitest';
import { ImportFileError, TableRow } from '../../../../server/src/importers/csv/table-rows.js';
import { rows } from '../csv-helpers.js';

describe('rows checked against the header', () => {
  it('addresses values by column name, trimmed, and quotes column=value pairs', async () => {
    const [row] = await rows('eventid,gname,claimed,extra\n201901010001, Taliban ,1,\n');
    expect(row).toBeInstanceOf(TableRow);
    const r = row as TableRow;
    expect(r.get('gname')).toBe('Taliban');
    expect(r.get('absent')).toBe('');
    expect(r.quote('eventid', 'gname', 'extra', 'claimed')).toBe(
      'eventid=201901010001; gname=Taliban; claimed=1',
    );
  });

  it('refuses a file whose header lacks a required column, naming it', async () => {
    await expect(rows('eventid,gname\n1,x\n', ['eventid', 'iyear', 'gname'])).rejects.toThrow(
      new ImportFileError('The header lacks column(s): iyear.'),
    );
    await expect(rows('')).rejects.toThrow(/empty/);
  });

  it('rejects rows with the wrong field count, and says when the last line is truncated', async () => {
    const out = await rows('a,b,c\n1,2,3\n1,2\n\n4,5,6\n7,8');
    expect(
      out.map((r) => (r instanceof TableRow ? `row ${r.row}` : `${r.row}@${r.line}: ${r.reason}`)),
    ).toEqual([
      'row 1',
      '2@3: has 2 fields where the header has 3',
      'row 3',
      '4@6: truncated last line: has 2 fields where the header has 3',
    ]);
  });
});
