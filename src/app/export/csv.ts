/** One cell: null and undefined are empty; objects are JSON. */
export type Cell = string | number | boolean | null | undefined | object

function text(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/**
 * RFC 4180: CRLF line ends, a header row, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled inside quotes.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (v: Cell) => {
    const s = text(v)
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n'
}

/** Parse RFC 4180 text back into rows (used by tests and by anyone re-reading an export). */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < input.length; i++) {
    const c = input[i]
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** A tab-separated line: tabs and line breaks inside values become spaces. */
export function toTsvLine(values: readonly Cell[]): string {
  return values.map((v) => text(v).replace(/[\t\r\n]+/g, ' ')).join('\t')
}
