import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordDecoder } from '../../../../server/src/importers/csv/text-encoding.js';
import { GTD } from '../../../../server/src/importers/datasets/gtd.js';
import { datasetRows, TableRow } from '../../../../server/src/importers/dataset-rows.js';
import { ACCENTED_GROUPS, gtdWindows1252 } from '../../../support/gtd-windows-1252.js';
import { records } from '../csv-helpers.js';

const TEXT = `id,name\n1,plain\n2,${ACCENTED_GROUPS[0]}\n3,${ACCENTED_GROUPS[1]}\n`;
const names = (out: { fields: string[] }[]) => out.slice(1).map((r) => r.fields[1]);

describe('detecting the text encoding of an export', () => {
  it('reads UTF-8 as UTF-8', async () => {
    const decoder = new RecordDecoder();
    const out = await records(Buffer.from(TEXT, 'utf8'), 1 << 16, decoder);
    expect(names(out)).toEqual(['plain', ...ACCENTED_GROUPS]);
    expect(out.every((r) => r.problem === undefined)).toBe(true);
    expect(decoder.label).toBe('utf-8 (detected)');
  });

  it('reads UTF-8 with a byte-order mark, which is dropped', async () => {
    const decoder = new RecordDecoder();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    const out = await records(bytes, 5, decoder);
    expect(out[0]!.fields).toEqual(['id', 'name']);
    expect(names(out)).toEqual(['plain', ...ACCENTED_GROUPS]);
    expect(decoder.label).toBe('utf-8 (detected)');
  });

  it('reads Windows-1252 as such: the en dash (0x96) and é (0xE9) arrive intact', async () => {
    const bytes = iconv.encode(TEXT, 'win1252');
    expect(bytes.includes(0x96)).toBe(true);
    for (const size of [3, 1 << 16]) {
      const decoder = new RecordDecoder();
      const out = await records(bytes, size, decoder);
      expect(names(out)).toEqual(['plain', ...ACCENTED_GROUPS]);
      expect(out.every((r) => r.problem === undefined)).toBe(true);
      expect(decoder.label).toBe('windows-1252 (detected)');
    }
  });

  it('detects Windows-1252 after a long ASCII start', async () => {
    const ascii = Array.from({ length: 5000 }, (_, i) => `${i},row ${i}\n`).join('');
    const decoder = new RecordDecoder();
    const out = await records(
      iconv.encode(`id,name\n${ascii}9,Libération\n`, 'win1252'),
      4096,
      decoder,
    );
    expect(out.at(-1)!.fields).toEqual(['9', 'Libération']);
    expect(decoder.label).toBe('windows-1252 (detected)');
  });

  it('rejects a record that is not UTF-8 in a file already read as UTF-8, and only that one', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,name\n1,Libération\n2,Caf', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from('\n3,ok\n'),
    ]);
    const out = await records(bytes);
    expect(out.map((r) => r.problem)).toEqual([undefined, undefined, 'not-utf8', undefined]);
  });

  it('keeps the encoding it is given', async () => {
    const decoder = new RecordDecoder('utf-8');
    const out = await records(iconv.encode(TEXT, 'win1252'), 1 << 16, decoder);
    expect(out.map((r) => r.problem)).toEqual([undefined, undefined, 'not-utf8', 'not-utf8']);
    expect(decoder.label).toBe('utf-8 (given)');
  });

  it('reads a Windows-1252 GTD export with a truncated last row: 1,209 rows and one reject', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-cp1252-'));
    try {
      const file = path.join(dir, 'gtd.csv');
      writeFileSync(file, gtdWindows1252());
      const decoder = new RecordDecoder();
      const groups = new Set<string>();
      const rejected: string[] = [];
      let rows = 0;
      for await (const row of datasetRows(file, GTD, decoder)) {
        if (row instanceof TableRow) {
          rows++;
          groups.add(row.get('gname'));
        } else rejected.push(`${row.row}: ${row.reason}`);
      }
      expect(rows).toBe(1209);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toMatch(/^1210: /);
      for (const name of ACCENTED_GROUPS) expect(groups.has(name)).toBe(true);
      expect(decoder.label).toBe('windows-1252 (detected)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
