import { describe, expect, it } from 'vitest';
import { records } from '../csv-helpers.js';

const SAMPLE = 'id,text,n\r\n1,"a, b",2\n2,"say ""hi""\nsecond line",3\n3,plain,\n';

describe('reading CSV records from bytes', () => {
  it('handles quoted commas, doubled quotes, newlines inside quotes and CRLF', async () => {
    const out = await records(SAMPLE);
    expect(out.map((r) => r.fields)).toEqual([
      ['id', 'text', 'n'],
      ['1', 'a, b', '2'],
      ['2', 'say "hi"\nsecond line', '3'],
      ['3', 'plain', ''],
    ]);
    expect(out.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(out.at(-1)!.end).toBe(Buffer.byteLength(SAMPLE));
  });

  it('gives the same records whatever the chunk boundaries, even inside a multi-byte character', async () => {
    const text = `${SAMPLE}4,"Mazār-i-Sharīf, ""Balkh""",é\n`;
    const whole = await records(text);
    for (const size of [1, 2, 3, 5, 7]) expect(await records(text, size)).toEqual(whole);
  });

  it('drops a UTF-8 byte-order mark from the first column name', async () => {
    const [header] = await records(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,x\n1,2\n')]),
    );
    expect(header!.fields).toEqual(['id', 'x']);
  });

  it('flags bytes that are not UTF-8 when told the file is UTF-8, and reads Windows-1252 when told', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,city\n1,Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n2,ok\n'),
    ]);
    const utf8 = await records(bytes, 1 << 16, 'utf-8');
    expect(utf8[1]!.problem).toBe('not-utf8');
    expect(utf8[2]!.problem).toBeUndefined();
    const latin1 = await records(bytes, 1 << 16, 'windows-1252');
    expect(latin1[1]!.fields).toEqual(['1', 'Café']);
    expect(latin1[1]!.problem).toBeUndefined();
  });

  it('marks a last record cut off inside quotes, and one without a final newline', async () => {
    const cut = await records('id,text\n1,"never closed, and the file ends');
    expect(cut[1]).toMatchObject({ problem: 'unterminated-quote', terminated: false });
    const unterminated = await records('id,text\n1,fine');
    expect(unterminated[1]).toMatchObject({ fields: ['1', 'fine'], terminated: false });
    expect(unterminated[1]!.problem).toBeUndefined();
  });

  it('flags text after a closing quote', async () => {
    const out = await records('a,b\n"x"y,2\n');
    expect(out[1]).toMatchObject({ fields: ['xy', '2'], problem: 'bad-quote' });
  });
});
