/** The HTML brief of a country pair: `dyad report --pair VN,CN --out brief.html`. */
import type { Kysely } from 'kysely'
import type { Pair } from '../model/pair.js'
import type { Database } from '../app/store.js'
import { loadBriefData } from './data.js'
import { renderBrief } from './render.js'

export { loadBriefData, type BriefData } from './data.js'
export { renderBrief } from './render.js'

/** Read a pair's records from the store and render the self-contained brief. */
export async function buildBrief(db: Kysely<Database>, pair: string | Pair, now: Date = new Date()): Promise<string> {
  return renderBrief(await loadBriefData(db, pair, now))
}
