/**
 * A GTD-shaped export as real ones come: Windows-1252, with accented and en-dash names, and a last
 * row cut off half-way (a truncated download). Made from the synthetic generator, so no real data.
 */
import iconv from 'iconv-lite';
import { GTD } from '../../server/src/importers/datasets/gtd.js';
import { csvLine } from '../../bench/synthetic/csv-line.js';
import { gtdRows } from '../../bench/synthetic/gtd-rows.js';

/** Perpetrator names whose bytes differ between Windows-1252 and UTF-8 (– is 0x96, é is 0xE9). */
export const ACCENTED_GROUPS = [
  'Sendero Luminoso (Peruvian) – Shining Path',
  'Mouvement de Libération Nationale',
] as const;

/** The file's bytes: `complete` whole rows (every other pair names an accented group), then a cut one. */
export function gtdWindows1252(complete = 1209, seed = 13): Buffer {
  const lines = [csvLine(GTD.header)];
  let i = 0;
  for (const row of gtdRows(complete + 1, seed)) {
    const group: Record<string, string> =
      i % 4 < 2 ? { gname: ACCENTED_GROUPS[i % 2]!, guncertain1: '0' } : {};
    const values: Record<string, string> = { ...row, ...group };
    lines.push(csvLine(GTD.header.map((column) => values[column] ?? '')));
    i++;
  }
  const last = lines.pop()!;
  return iconv.encode(lines.join('') + last.slice(0, Math.floor(last.length / 2)), 'win1252');
}
