import { sql } from '../../store/kysely.js'
import { leadingRank } from '../leading-indicators.js'
import type { ClusterSummary, EntityRef, IndicatorRecord } from './records.js'
import { summarizeClusters } from './clusters.js'
import { perPair, storeCounts, type StoreCounts } from './counts.js'
import { splitPair, type Db } from './db.js'
import { eventRecords } from './events.js'
import { indicatorRecords } from './indicators.js'
import { entityRefs, refFromKey } from './refs.js'

export interface PairStats {
  pair: string[]
  names: EntityRef[]
  documents: number
  events: number
  indicators: number
}

export interface Stats {
  /** The counts of `dyad summary` but the mentions behind entities and times. */
  counts: Omit<StoreCounts, 'entity_mentions' | 'time_mentions'>
  pairs: PairStats[]
  range: { events: { from: string | null; to: string | null }; published: { from: string | null; to: string | null } }
  latest: ClusterSummary[]
  headline: IndicatorRecord[]
}

/** The overview: counts, the pairs present, the latest real events and the newest figure of each kind. */
export async function stats(db: Db, options: { latest?: number; headline?: number } = {}): Promise<Stats> {
  const [docsBy, eventsBy, indicatorsBy] = [await perPair(db, 'documents'), await perPair(db, 'events'), await perPair(db, 'indicators')]
  const pairKeys = [...new Set([...docsBy.keys(), ...eventsBy.keys()])].sort()
  const names = await entityRefs(
    db,
    pairKeys.flatMap((p) => splitPair(p) ?? []),
  )
  const pairs = pairKeys
    .map((p) => ({
      pair: splitPair(p)!,
      names: splitPair(p)!.map((k) => names.get(k) ?? refFromKey(k)),
      documents: docsBy.get(p) ?? 0,
      events: eventsBy.get(p) ?? 0,
      indicators: indicatorsBy.get(p) ?? 0,
    }))
    .sort((a, b) => b.documents - a.documents || b.events - a.events)

  const eventRange = await db
    .selectFrom('events')
    .select((eb) => [eb.fn.min('when_start').as('from'), eb.fn.max('when_end').as('to')])
    .executeTakeFirst()
  const pubRange = await db
    .selectFrom('documents')
    .select((eb) => [eb.fn.min('published_start').as('from'), eb.fn.max('published_end').as('to')])
    .executeTakeFirst()

  // latest real events: the newest dated mentions of what happened, grouped by
  // cluster; a plan dated next year is not the latest news of a relationship
  // (the written summary lists plans apart)
  const recent = await db
    .selectFrom('events')
    .selectAll()
    .where('when_start', 'is not', null)
    .where('status', '=', 'occurred')
    .orderBy('when_start', 'desc')
    .orderBy('id')
    .limit(200)
    .execute()
  const latest = summarizeClusters(await eventRecords(db, recent))
    .reverse()
    .slice(0, options.latest ?? 8)

  // headline figures: the newest figure of each indicator and pair
  const newest = await db
    .selectFrom('indicators')
    .selectAll()
    .orderBy(sql`coalesce(period_end, period_as_of)`, 'desc')
    .orderBy('id')
    .limit(2000)
    .execute()
  const seen = new Set<string>()
  const firsts = newest.filter((r) => {
    const k = `${r.indicator}|${r.pair ?? ''}|${r.scope ?? ''}`
    return !seen.has(k) && seen.add(k)
  })
  firsts.sort((a, b) => leadingRank(a.indicator) - leadingRank(b.indicator) || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0))
  const headline = await indicatorRecords(db, firsts.slice(0, options.headline ?? 8))

  const { documents, entities, events, clusters, indicators, conflicts, agreements, changes_over_time, diagnostics } = await storeCounts(db)
  return {
    // the API's counts: every kind but the mentions behind entities and times
    counts: { documents, entities, events, clusters, indicators, conflicts, agreements, changes_over_time, diagnostics },
    pairs,
    range: {
      events: { from: (eventRange?.from as string | null) ?? null, to: (eventRange?.to as string | null) ?? null },
      published: { from: (pubRange?.from as string | null) ?? null, to: (pubRange?.to as string | null) ?? null },
    },
    latest,
    headline,
  }
}
