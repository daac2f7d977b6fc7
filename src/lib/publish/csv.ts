/**
 * The matrix in long form: one line per platform, category and region view, plus the main
 * setting's labelMeans and its sources' kinds. Every cell is neutralised against spreadsheet
 * formulas (OWASP: a cell starting with =, +, -, @, tab or carriage return gets a leading ').
 */
import type { Matrix } from '../atlas/matrix.ts';

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field: formula-safe, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'platform',
  'name',
  'category',
  'region',
  'state',
  'settings',
  'labelMeans',
  'sourceKinds',
] as const;

export function matrixCsv(matrix: Matrix, site: string): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      const ordered = [...(cell.main ? [cell.main] : []), ...cell.settings.filter((s) => s !== cell.main)];
      const settings = ordered.map((s) => new URL(s.href, site).href).join(' ');
      const kinds = [...new Set(ordered.flatMap((s) => s.allSources.map((source) => source.kind)))].sort().join(' ');
      for (const region of matrix.regions) {
        const fields = [
          row.guideId,
          row.platform,
          cell.category,
          region,
          cell.states[region],
          settings,
          cell.main?.labelMeans ?? '',
          kinds,
        ];
        lines.push(fields.map(csvField).join(','));
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
