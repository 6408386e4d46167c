import type { Kysely } from 'kysely'
import { z } from 'zod'
import { listPairs, pairCodes, parsePair } from '../app/query/index.js'
import { MissingStoreError, openStore, type Store } from '../store/index.js'
import type { Database } from '../store/schema.js'
import { CliError } from './io.js'

/**
 * Open a store that must already exist: a read command given a mistyped
 * `--db` fails naming the path instead of reading a new empty store.
 */
export async function openForReading(location?: string): Promise<Store> {
  try {
    return await openStore(location, { mustExist: true })
  } catch (error) {
    if (error instanceof MissingStoreError) throw new CliError(error.message, 1)
    throw error
  }
}

/**
 * Check command options with the schemas the HTTP API uses (src/app/params),
 * so both accept and refuse the same values. A refusal is a usage error
 * (exit 2) naming the option.
 */
export function checkOptions<S extends z.ZodRawShape>(shape: S, values: Record<string, unknown>): z.output<z.ZodObject<S>> {
  const picked = Object.fromEntries(Object.keys(shape).map((k) => [k, values[k]]))
  const result = z
    .object(shape)
    .superRefine((v: { from?: unknown; to?: unknown }, ctx) => {
      if (typeof v.from === 'string' && typeof v.to === 'string' && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' })
    })
    .safeParse(picked)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  throw new CliError(`--${String(issue.path[0] ?? '')}: ${issue.message}`, 2)
}

/** A checked pair (two keys) in the form the queries take. */
export function pairText(keys: readonly string[] | undefined): string | undefined {
  return keys ? keys.join(',') : undefined
}

/**
 * Why a list came back empty: the pair has no records at all (and which
 * pairs do), or the store is empty, or the other filters excluded
 * everything the pair has.
 */
export async function whyEmpty(db: Kysely<Database>, what: string, pair?: string): Promise<string> {
  const pairs = await listPairs(db)
  const known = pairs.map((p) => `${pairCodes(p.pair).join('-')} (${p.documents} documents, ${p.events} events, ${p.indicators} figures)`)
  if (pairs.length === 0) return `the store has no documents with a country pair yet (dyad ingest adds some)`
  if (pair) {
    const key = parsePair(pair)
    if (!pairs.some((p) => p.pair === key)) return `no data for the pair ${pairCodes(key).join('-')}; pairs with data: ${known.join(', ')}`
  }
  return `no ${what} match these filters`
}
