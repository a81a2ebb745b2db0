/**
 * A plain-text table for a terminal: each column padded to its widest cell, two spaces between columns, the last
 * column unpadded (a title or URL of any length). Returns the header's line, then one line per row, and the widths,
 * for lines a caller sets under a row.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): { readonly lines: string[]; readonly widths: number[] } {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return { lines: [header, ...rows].map(line), widths };
}
