/** One CSV line (RFC 4180): fields with a comma, quote or newline are quoted, quotes doubled. */
export function csvLine(values: readonly string[]): string {
  return `${values.map((value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)).join(',')}\n`;
}
