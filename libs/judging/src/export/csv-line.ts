import type { ExportCell } from './export-row';

/** UTF-8 byte order mark: Excel then reads the CSV as UTF-8 and shows Vietnamese correctly. */
export const UTF8_BOM = '\uFEFF';

/**
 * One RFC 4180 line (CRLF): text always quoted (quotes doubled), numbers bare with "." as the
 * decimal separator, null empty. Cells are expected to be neutralised already (export-row.ts).
 */
export function csvLine(cells: readonly ExportCell[]): string {
  return (
    cells
      .map((cell) => {
        if (cell === null) return '';
        if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
        return `"${cell.replace(/"/g, '""')}"`;
      })
      .join(',') + '\r\n'
  );
}
