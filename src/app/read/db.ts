import type { Expression, Kysely, SqlBool } from 'kysely'
import type { Pair } from '../../model/pair.js'
import { sql } from '../../store/kysely.js'
import type { Database } from '../../store/schema.js'

export type Db = Kysely<Database>

export { chunks } from '../../util/chunks.js'

/** Distinct values, in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)]
}

/** `country:CN,country:VN` as stored -> the two keys, or null. */
export function splitPair(pair: string | null): string[] | null {
  return pair ? pair.split(',') : null
}

/** Escape LIKE wildcards so user text matches literally (with `escape '\'`). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Parse a JSON array column; a damaged value reads as empty rather than failing the request. */
export function jsonArray<T>(value: string | null): T[] {
  if (!value) return []
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? (parsed as T[]) : []
  } catch {
    return []
  }
}

/** The span a row was read at; offsets, like counts, come back as number, bigint or string depending on the driver. */
export function spanOfRow(r: { span_start: unknown; span_end: unknown }): { start: number; end: number } {
  return { start: Number(r.span_start), end: Number(r.span_end) }
}

/** Counts come back as number, bigint or string depending on the driver. */
export function toCount(value: unknown): number {
  return Number(value ?? 0)
}

/** A filter given as one value or several: always a list. */
export function listOf(value: string | readonly string[]): string[] {
  return typeof value === 'string' ? [value] : [...value]
}

/** The conditions every record listing starts from: the pair of its document, and the document itself (bound parameters). */
export function pairAndDoc(table: 'events' | 'indicators', f: { readonly pair?: Pair; readonly doc?: string }): Expression<SqlBool>[] {
  const all: Expression<SqlBool>[] = []
  if (f.pair) all.push(sql<SqlBool>`${sql.ref(`${table}.pair`)} = ${f.pair.stored}`)
  if (f.doc) all.push(sql<SqlBool>`${sql.ref(`${table}.doc`)} = ${f.doc}`)
  return all
}
