import type { DialectAdapter, Kysely } from 'kysely'
import { CompiledQuery } from './kysely.js'
import type { Database } from './schema.js'

/** Most rows per statement: SQLite limits the number of bound parameters per statement. */
const CHUNK = 128

/**
 * Insert rows in order, in chunks of multi-row statements (`ignoreConflicts`: skip
 * rows whose primary key is already stored). Kysely builds a node tree for
 * every value and compiles it again for every statement, which was a third
 * of the CPU of storing a document and much of its garbage; an ingest
 * inserts the same few shapes (table, columns, rows per statement) again
 * and again. So the SQL of each shape is compiled by Kysely once and reused
 * with the rows' values as its parameters, when every row has the same
 * columns in the same order and only plain values (strings, numbers,
 * null): what Kysely turns into one parameter each, row after row, column
 * after column, which the first compile of a shape confirms. Any other rows
 * go through Kysely as before.
 */
export async function insertRows(
  db: Kysely<Database>,
  table: keyof Database & string,
  rows: readonly Record<string, unknown>[],
  ignoreConflicts = false,
): Promise<void> {
  for (let n = 0; n < rows.length;) {
    const size = chunkSize(rows.length - n)
    await insertChunk(db, table, rows.slice(n, n + size), ignoreConflicts)
    n += size
  }
}

/**
 * Rows of the next statement: CHUNK, else the largest power of two that
 * fits, so a table's inserts take at most eight shapes and their prepared
 * statements stay in the connection's cache (with any count up to 200,
 * preparing statements again was 2% of an ingest). The rows keep their order.
 */
function chunkSize(left: number): number {
  if (left >= CHUNK) return CHUNK
  let size = 1
  while (size * 2 <= left) size *= 2
  return size
}

// Per store (its dialect's adapter; transactions share it): the SQL of each shape, or null when the shape goes through Kysely.
const SHAPES = new WeakMap<DialectAdapter, Map<string, string | null>>()

async function insertChunk(
  db: Kysely<Database>,
  table: keyof Database & string,
  rows: readonly Record<string, unknown>[],
  ignoreConflicts: boolean,
): Promise<void> {
  const build = () => {
    const insert = db.insertInto(table).values(rows as any)
    return ignoreConflicts ? insert.onConflict((oc) => oc.doNothing()) : insert
  }
  const columns = Object.keys(rows[0])
  const parameters = plainParameters(rows, columns)
  if (parameters === null) return void (await build().execute())
  const adapter = db.getExecutor().adapter
  let shapes = SHAPES.get(adapter)
  if (!shapes) SHAPES.set(adapter, (shapes = new Map()))
  const shape = `${table}\u0000${ignoreConflicts ? 1 : 0}\u0000${rows.length}\u0000${columns.join('\u0000')}`
  let text = shapes.get(shape)
  if (text === undefined) {
    const compiled = build().compile()
    text = sameValues(compiled.parameters, parameters) ? compiled.sql : null
    shapes.set(shape, text)
  }
  if (text === null) return void (await build().execute())
  await db.executeQuery(CompiledQuery.raw(text, parameters))
}

/** The rows' values row after row, column after column; null unless every row has exactly `columns`, in order, with plain values. */
function plainParameters(rows: readonly Record<string, unknown>[], columns: readonly string[]): unknown[] | null {
  const out: unknown[] = []
  for (const row of rows) {
    let n = 0
    for (const key in row) {
      if (key !== columns[n++]) return null
      const value = row[key]
      if (value !== null && typeof value !== 'string' && typeof value !== 'number') return null
      out.push(value)
    }
    if (n !== columns.length) return null
  }
  return out
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, n) => v === b[n])
}
