/**
 * Reading typed values out of dataset rows. A value that cannot be right (a missing id, a month
 * 13) throws RowRejected with a reason naming the column and value, and the row goes to the
 * reject report.
 */
import { parsePartialDate } from '../domain/dates.js';
import { entityIdProblem } from '../domain/ids.js';
import type { TableRow } from './csv/table-rows.js';

export class RowRejected extends Error {}

/** The value of `column`, which must not be empty. */
export function requiredValue(row: TableRow, column: string): string {
  const value = row.get(column);
  if (value === '') throw new RowRejected(`missing ${column}`);
  return value;
}

/** The entity id `<prefix>-<value>` for the row's own id column. */
export function rowEntityId(row: TableRow, prefix: string, column: string): string {
  const value = requiredValue(row, column);
  const id = `${prefix}-${value.toLowerCase()}`;
  const problem = entityIdProblem(id);
  if (problem) throw new RowRejected(`${column}=${value} cannot be an id: "${id}" ${problem}`);
  return id;
}

/**
 * A count such as killed or wounded: '' and negative codes (-99, "unknown") mean not known;
 * "4.0" is 4; anything else is not a count.
 */
export function countValue(row: TableRow, column: string): number | null {
  const value = row.get(column);
  if (value === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new RowRejected(`${column}=${value} is not a number`);
  return number < 0 ? null : Math.round(number);
}

/** A latitude or longitude; out-of-range values (known GTD slips) are dropped, not the row. */
export function coordinate(row: TableRow, column: string, limit: 90 | 180): number | null {
  const value = row.get(column);
  const number = value === '' ? NaN : Number(value);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : null;
}

/** How exact the row's coordinates are, as the dataset codes it ('GTD specificity=1'); null if blank. */
export function coordinatePrecision(row: TableRow, dataset: string, column: string): string | null {
  const value = row.get(column);
  return value === '' ? null : `${dataset} ${column}=${value}`;
}

/** The partial ISO date of year/month/day numbers, where 0 or '' means not known. */
export function partialDate(year: string, month: string, day: string, quote: string): string {
  const m = month === '' ? 0 : Number(month);
  const d = day === '' ? 0 : Number(day);
  const pad = (n: number) => String(n).padStart(2, '0');
  // A day without its month says nothing, so the date is then known to the year only.
  const iso = [year, ...(m > 0 ? [pad(m)] : []), ...(m > 0 && d > 0 ? [pad(d)] : [])].join('-');
  const known =
    /^\d{4}$/.test(year) && Number.isInteger(m) && Number.isInteger(d) && m >= 0 && d >= 0;
  if (!known || !parsePartialDate(iso)) throw new RowRejected(`impossible date: ${quote}`);
  return iso;
}

/** The non-empty values of a list cell such as "a; b" or "1, 2". */
export function listValue(row: TableRow, column: string, separator: RegExp): string[] {
  return row
    .get(column)
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}
