import { z } from 'zod'
import type { Pair } from '../model/pair.js'
import { orderedDates } from '../app/params.js'
import { listPairs, pairCodes } from '../app/query/index.js'
import { MissingStoreError, openExisting, type Store } from '../app/store.js'
import { CliError } from './io.js'

/**
 * Open a store that must already exist: a read command given a mistyped
 * `--db` fails naming the path instead of reading a new empty store.
 */
export async function openForReading(location?: string): Promise<Store> {
  try {
    return await openExisting(location)
  } catch (error) {
    if (error instanceof MissingStoreError) throw new CliError(error.message, 1)
    throw error
  }
}

/**
 * Check command options with the schemas the HTTP API uses (src/app/params),
 * so both accept and refuse the same values with the same messages. A
 * refusal is a usage error (exit 2) naming the option.
 */
export function checkOptions<S extends z.ZodRawShape>(shape: S, values: Record<string, unknown>): z.output<z.ZodObject<S>> {
  const picked = Object.fromEntries(Object.keys(shape).map((k) => [k, values[k]]))
  const result = z.object(shape).superRefine(orderedDates).safeParse(picked)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  throw new CliError(`--${String(issue.path[0] ?? '')}: ${issue.message}`, 2)
}

/**
 * Why a list came back empty: the pair has no records at all (and which
 * pairs do), or the store is empty, or the other filters excluded
 * everything the pair has.
 */
export async function whyEmpty(store: Store, what: string, pair?: Pair): Promise<string> {
  const pairs = await listPairs(store.db)
  const known = pairs.map((p) => `${pairCodes(p.pair).join('-')} (${p.documents} documents, ${p.events} events, ${p.indicators} figures)`)
  if (pairs.length === 0) return `the store has no documents with a country pair yet (dyad ingest adds some)`
  if (pair && !pairs.some((p) => p.pair === pair.stored)) return `no data for the pair ${pairCodes(pair).join('-')}; pairs with data: ${known.join(', ')}`
  return `no ${what} match these filters`
}
