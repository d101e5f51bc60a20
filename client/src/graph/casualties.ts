/**
 * An attack's casualty reports side by side. Figures are never averaged: the panel shows each
 * source's own numbers, the spread, and which reports are near-copies of another source (they
 * repeat a figure, they do not corroborate it).
 */
import type { CasualtyReportFields } from '../api/types.js';

/** A report with what the panel needs to mark it. */
export interface CasualtyColumn {
  report: CasualtyReportFields;
  /** True when the report's source is a near-copy of another source. */
  duplicate: boolean;
  /** 'at least 182' / '182' / 'not given'. */
  killedText: string;
  woundedText: string;
}

/** Lowest and highest figures across independent reports (duplicates left out), or null when none gives one. */
export interface Spread {
  killed: [number, number] | null;
  wounded: [number, number] | null;
  independentReports: number;
}

function figure(value: number | null, qualifier: string | null): string {
  if (value === null) return 'not given';
  return qualifier ? `${qualifier} ${value}` : String(value);
}

function range(values: (number | null)[]): [number, number] | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? [Math.min(...known), Math.max(...known)] : null;
}

/** Columns in a stable order: independent sources first (by date), duplicates after. */
export function casualtyColumns(reports: CasualtyReportFields[]): CasualtyColumn[] {
  return reports
    .map((report) => ({
      report,
      duplicate: report.source.duplicateOf.length > 0,
      killedText: figure(report.killed, report.qualifier),
      woundedText: figure(report.wounded, null),
    }))
    .sort(
      (a, b) =>
        Number(a.duplicate) - Number(b.duplicate) ||
        (a.report.source.date ?? '').localeCompare(b.report.source.date ?? ''),
    );
}

/** The spread of figures among independent reports. */
export function casualtySpread(reports: CasualtyReportFields[]): Spread {
  const independent = reports.filter((r) => r.source.duplicateOf.length === 0);
  return {
    killed: range(independent.map((r) => r.killed)),
    wounded: range(independent.map((r) => r.wounded)),
    independentReports: independent.length,
  };
}
