import type { Dialect, Kysely } from 'kysely'
import type { Database } from './schema.js'

/** One hit of a full-text search: a document or the evidence of a record. */
export interface SearchHit {
  readonly doc: string
  /** The record id (event, indicator) or the document id for document text. */
  readonly record: string
  readonly kind: string
  /** A short excerpt of the matched text. */
  readonly snippet: string
  readonly rank: number
}

/**
 * What differs between the SQL backends: the connection and full-text
 * search. Each backend folder (`sqlite/`, `postgres/`) implements the same
 * files: `connection.ts` and `fts.ts`; everything else is written once.
 */
export interface Backend {
  readonly name: 'sqlite' | 'postgres'
  /**
   * Build the Kysely dialect for a location (file path or connection URL).
   * `onConnectionError` hears of a lost server connection (PostgreSQL; by
   * default a process warning): a worker reports and retries.
   */
  createDialect(location: string, onConnectionError?: (error: Error) => void): Dialect
  /** Create the searchable-text table and its index (a migration step). */
  createSearchIndex(db: Kysely<any>): Promise<void>
  dropSearchIndex(db: Kysely<any>): Promise<void>
  /** Full-text search; `query` is user text (words, not syntax). */
  search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]>
}

/** Split user text into plain search words (letters and digits only). */
export function searchWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16)
}
