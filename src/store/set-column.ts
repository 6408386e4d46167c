import type { DialectAdapter, Kysely } from 'kysely'
import { CompiledQuery } from './kysely.js'
import type { Database } from './schema.js'

type Plain = string | number | null

// Per store (its dialect's adapter): the SQL of `UPDATE table SET column = ? WHERE id = ?`, or null when Kysely does not compile it to those two parameters.
const UPDATES = new WeakMap<DialectAdapter, Map<string, string | null>>()

/**
 * Set one column of rows by id, one statement per row: `UPDATE <table> SET
 * <column> = ? WHERE id = ?`. Kysely builds and compiles a node tree for
 * every update; clustering writes one per changed event, thousands for a
 * long text. The SQL is compiled by Kysely once per store, table and column
 * (and checked to take the value, then the id, as its parameters) and
 * reused with each row's values; otherwise each row goes through Kysely.
 * Run it in the caller's transaction.
 */
export async function setColumnById(
  db: Kysely<Database>,
  table: keyof Database & string,
  column: string,
  rows: readonly { id: string; value: Plain }[],
): Promise<void> {
  if (rows.length === 0) return
  const build = (id: string, value: Plain) =>
    db
      .updateTable(table)
      .set({ [column]: value } as any)
      .where('id' as any, '=', id)
  const adapter = db.getExecutor().adapter
  let shapes = UPDATES.get(adapter)
  if (!shapes) UPDATES.set(adapter, (shapes = new Map()))
  const shape = `${table}\u0000${column}`
  let text = shapes.get(shape)
  if (text === undefined) {
    // A probe with values that cannot be confused with each other.
    const compiled = build('\u0000id', '\u0000value').compile()
    const [value, id] = compiled.parameters
    text = compiled.parameters.length === 2 && value === '\u0000value' && id === '\u0000id' ? compiled.sql : null
    shapes.set(shape, text)
  }
  for (const row of rows) {
    if (text === null) await build(row.id, row.value).execute()
    else await db.executeQuery(CompiledQuery.raw(text, [row.value, row.id]))
  }
}
