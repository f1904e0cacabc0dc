/** The Reach report as CSV, one file per table, for the official's own spreadsheet. */
import type { ReachReport } from './aggregate';

type Row = Record<string, string | number | null>;

/** Each exportable table: its rows from the report (the column order is the first row's keys). */
export const CSV_TABLES = {
  booths: (r) => r.booths,
  'visitors-per-hour': (r) => r.visitorsPerHour.map((h) => ({ hour: new Date(h.hour * 1000).toISOString(), visitors: h.visitors })),
  figures: (r) => r.figures,
  clauses: (r) => r.clauses,
  searches: (r) => r.searches,
  heat: (r) => r.heat.cells.map((c) => ({ xMetres: c.x * r.heat.cell, zMetres: c.z * r.heat.cell, cellMetres: r.heat.cell, samples: c.samples })),
  sessions: (r) => r.sessions.map((s) => ({ ...s, startedAt: new Date(s.startedAt * 1000).toISOString() })),
  kiosk: (r) => r.kiosk,
  tours: (r) => r.tours,
  devices: (r) => r.devices,
} satisfies Record<string, (r: ReachReport) => Row[]>;

/** The name of an exportable table. */
export type CsvTable = keyof typeof CSV_TABLES;

/** True when `name` is an exportable table. */
export const isCsvTable = (name: string): name is CsvTable => Object.hasOwn(CSV_TABLES, name);

/**
 * One cell: quoted when it holds a comma, quote or line break. Text a visitor typed (a search) that
 * starts like a formula is prefixed with ' so a spreadsheet shows it rather than runs it.
 */
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table as CSV (header row, CRLF line ends as RFC 4180 has them). */
export function toCsv(rows: Row[], header?: string[]): string {
  const columns = header ?? Object.keys(rows[0] ?? {});
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c] ?? null)).join(','))].join('\r\n') + '\r\n';
}

/** A table of the report as CSV. */
export function reportCsv(report: ReachReport, table: CsvTable): string {
  return toCsv(CSV_TABLES[table](report));
}
