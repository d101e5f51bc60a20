/**
 * Partial ISO dates ("2021", "2021-08", "2021-08-26"), as sources give them. Each is stored with
 * the first and last day it can mean, so ranges compare correctly as plain ISO strings.
 */

type DatePrecision = 'year' | 'month' | 'day';

export interface DateSpan {
  /** The date as given. */
  value: string;
  start: string;
  end: string;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The span of a partial ISO date, or undefined when `value` is not a real date. */
export function parsePartialDate(value: string): DateSpan | undefined {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) {
    return { value, start: `${match[1]}-01-01`, end: `${match[1]}-12-31`, precision: 'year' };
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === undefined) {
    return {
      value,
      start: `${match[1]}-${pad(month)}-01`,
      end: `${match[1]}-${pad(month)}-${pad(lastDay)}`,
      precision: 'month',
    };
  }
  if (day < 1 || day > lastDay) return undefined;
  return { value, start: value, end: value, precision: 'day' };
}

/** What is wrong with anything that is not a partial ISO date. */
export const PARTIAL_DATE_PROBLEM = 'must be a real date as YYYY, YYYY-MM or YYYY-MM-DD';

/** Why `value` is not a partial ISO date, or undefined when it is. */
export function partialDateProblem(value: string): string | undefined {
  return parsePartialDate(value) ? undefined : PARTIAL_DATE_PROBLEM;
}

/** Validity bounds stored on every relationship: open ends become the extremes. */
export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

export function validityWindow(since: string | null | undefined, until: string | null | undefined) {
  return {
    validFrom: since ? (parsePartialDate(since)?.start ?? OPEN_START) : OPEN_START,
    validTo: until ? (parsePartialDate(until)?.end ?? OPEN_END) : OPEN_END,
  };
}
