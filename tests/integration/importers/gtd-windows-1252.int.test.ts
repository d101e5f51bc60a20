/**
 * A real-shaped GTD export — Windows-1252, with an en dash and accents in group names, its last
 * row cut off — imports as it is with `npm run import -- gtd <file>`: the encoding is detected and
 * reported, the names arrive intact, and only the truncated row is rejected.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GTD } from '../../../server/src/importers/datasets/gtd.js';
import { ACCENTED_GROUPS, gtdWindows1252 } from '../../support/gtd-windows-1252.js';
import { connect, type Connection, finished, spawnImport } from './import-helpers.js';

let connection: Connection;
const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-cp1252-import-'));

beforeAll(async () => {
  connection = await connect();
});
afterAll(async () => {
  await connection.cleanUp(GTD);
  await connection.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing a Windows-1252 GTD export', () => {
  it('detects the encoding, keeps é and – in names, and rejects only the truncated last row', async () => {
    const file = path.join(dir, 'gtd-windows-1252.csv');
    writeFileSync(file, gtdWindows1252());
    const { code, output } = await finished(spawnImport(['gtd', file, '--rejects', dir]));
    expect(code, output).toBe(0);
    expect(output).toContain('encoding         windows-1252 (detected)');
    expect(output).toMatch(/rows read {8}1,210 /);
    expect(output).toMatch(/rejected {9}1 — see /);
    const { records } = await connection.raw.executeQuery(
      'MATCH (g:Group) WHERE g.createdBy = $editor AND g.name IN $names RETURN g.name AS name ORDER BY name',
      { editor: 'import:gtd', names: [...ACCENTED_GROUPS] },
    );
    expect(records.map((r) => r.get('name') as string)).toEqual([...ACCENTED_GROUPS].sort());
  });
});
