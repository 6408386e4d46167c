import { clipWords } from '../shared/clip.js'
/** A column of a terminal table: header, cell text, and the widest it may grow. */
export interface Column<T> {
  readonly header: string
  readonly cell: (row: T) => string
  readonly max?: number
  readonly align?: 'left' | 'right'
}

/** An event's interval as a table shows it: one day, or start..end; `?` when undated. */
export function whenCell(w: { readonly start: string; readonly end: string } | null): string {
  return !w ? '?' : w.start === w.end ? w.start : `${w.start}..${w.end}`
}

/** The columns every event listing opens with: when, type, status. */
export function eventColumns<
  T extends { readonly when: { readonly start: string; readonly end: string } | null; readonly type: string; readonly status: string },
>(): Column<T>[] {
  return [
    { header: 'when', cell: (e) => whenCell(e.when), max: 22 },
    { header: 'type', cell: (e) => e.type, max: 19 },
    { header: 'status', cell: (e) => e.status },
  ]
}

/**
 * Render rows as a plain-text table that fits `width` columns: cells are
 * single-line and cut with an ellipsis; the last column takes what is left.
 */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], width = 120): string {
  const cells = rows.map((r) => columns.map((c) => oneLine(c.cell(r))))
  const widths = columns.map((c, i) =>
    Math.min(c.max ?? (i === columns.length - 1 ? 400 : 60), Math.max(c.header.length, ...cells.map((row) => row[i].length))),
  )
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0)
  // The last column (evidence) keeps at least 40 characters, wrapping if it must.
  widths[widths.length - 1] = Math.max(columns[columns.length - 1].header.length, Math.min(widths[widths.length - 1], Math.max(40, width - fixed)))
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        // cut between words wherever a cell has a space ('Steering…', not 'Steering Commit…', which reads as a typo)
        const cut = v.length > widths[i] ? clipWords(v, widths[i], 0) : v
        return columns[i].align === 'right' ? cut.padStart(widths[i]) : cut.padEnd(widths[i])
      })
      .join('  ')
      .trimEnd()
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n'
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The terminal width; wide for pipes and files, where nothing wraps. */
export function terminalWidth(): number {
  if (!process.stdout.isTTY) return 240
  return process.stdout.columns && process.stdout.columns > 40 ? process.stdout.columns : 120
}
