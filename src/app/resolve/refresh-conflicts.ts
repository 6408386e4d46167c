import type { Kysely, Selectable } from 'kysely'
import type { Conflict } from '../../model/types.js'
import {
  byPeriodThenId,
  claimKeys,
  claimOf,
  NOTE_ITEMS,
  reconcileIndicators,
  seriesAbout,
  seriesNote,
  seriesOf,
  type Claim,
  type StoredIndicator,
} from '../../resolve/indicators.js'
import { insertIgnoring } from '../../store/entity-keys.js'
import type { Database, IndicatorsTable } from '../../store/schema.js'
import { insertMany } from '../../store/write-document.js'
import { recordId } from '../../util/ids.js'
import { loadLinks } from '../query/links.js'
import { indicatorFromRow } from '../query/rows.js'
import { uniqueBlocks, type Block } from './blocks.js'
import { chunks } from '../../util/chunks.js'

type IndicatorRow = Selectable<IndicatorsTable>

/**
 * Recompute conflicts, agreements and series among the figures of whole
 * blocks (pair + indicator: only figures of one indicator can disagree),
 * replacing the block's previous ones. Used when records were removed; new
 * documents go through `reconcileDocuments`.
 */
export async function refreshConflicts(db: Kysely<Database>, blocks: readonly Block[]): Promise<void> {
  for (const { pair, kind } of uniqueBlocks(blocks)) {
    const wherePair = (eb: any) => (pair === null ? eb('indicators.pair', 'is', null) : eb('indicators.pair', '=', pair))
    const old = await db
      .selectFrom('conflict_members')
      .innerJoin('indicators', 'indicators.id', 'conflict_members.record')
      .select('conflict_members.conflict')
      .distinct()
      .where(wherePair)
      .where('indicators.indicator', '=', kind)
      .execute()
    await dropConflicts(
      db,
      old.map((o) => o.conflict),
    )
    const rows = await db.selectFrom('indicators').selectAll().where(wherePair).where('indicator', '=', kind).orderBy('id').execute()
    if (rows.length === 0) continue
    const stored = await storedOf(db, rows)
    await writeConflicts(
      db,
      reconcileIndicators(stored).map((conflict) => ({ pair, conflict })),
      new Map(stored.map((s) => [s.id, s])),
    )
  }
}

/**
 * Reconcile the figures of new (or relinked) documents. Each figure's
 * quantity and period are stored in `record_buckets`; then each period
 * group a figure joined is recomputed from its own members (its agreement
 * or conflict), and each quantity's series from one figure per period, read
 * as the smallest id of each group. The work follows how many figures share
 * a period and how many periods a quantity has, not the size of the store.
 */
export async function reconcileDocuments(db: Kysely<Database>, docs: readonly string[]): Promise<void> {
  const groups = new Map<string, string | null>()
  for (const part of chunks(docs)) {
    const rows = await db.selectFrom('indicators').selectAll().where('doc', 'in', part).execute()
    if (rows.length === 0) continue
    const stored = await storedOf(db, rows)
    const buckets = stored.flatMap((s, n) => {
      const keys = claimKeys(s.indicator)
      if (!keys) return []
      const g = `g|${rows[n].pair ?? ''}|${keys.quantity}|${keys.period}`
      groups.set(g, rows[n].pair)
      return [{ bucket: g, record: s.id }]
    })
    await db
      .deleteFrom('record_buckets')
      .where(
        'record',
        'in',
        rows.map((r) => r.id),
      )
      .execute()
    await insertIgnoring(db, 'record_buckets', buckets)
  }
  // Every touched period group at once: members, their rows and links, the records they were in.
  const members = new Map<string, string[]>()
  for (const part of chunks([...groups.keys()])) {
    for (const r of await db.selectFrom('record_buckets').select(['bucket', 'record']).where('bucket', 'in', part).execute()) {
      const list = members.get(r.bucket)
      if (list) list.push(r.record)
      else members.set(r.bucket, [r.record])
    }
  }
  const ids = [...members.values()].flat()
  const old: string[] = []
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom('conflict_members')
      .innerJoin('conflicts', 'conflicts.id', 'conflict_members.conflict')
      .select('conflicts.id')
      .distinct()
      .where('conflict_members.record', 'in', part)
      .where('conflicts.kind', '!=', 'change_over_time')
      .execute()
    old.push(...rows.map((r) => r.id))
  }
  await dropConflicts(db, [...new Set(old)])
  const byId = new Map((await storedOf(db, await selectRows(db, ids))).map((s) => [s.id, s]))
  const found: Placed[] = []
  for (const [group, pair] of [...groups].sort()) {
    const stored = (members.get(group) ?? [])
      .sort()
      .map((id) => byId.get(id))
      .filter((s): s is StoredIndicator => !!s)
    if (stored.length < 2) continue
    for (const conflict of reconcileIndicators(stored)) if (conflict.kind !== 'change_over_time') found.push({ pair, conflict })
  }
  await writeConflicts(db, found, byId)
  await refreshSeries(db, groups, members, byId)
}

/** A conflict record and the pair it is filed under. */
interface Placed {
  readonly pair: string | null
  readonly conflict: Conflict
}

/**
 * Each touched quantity's series: one figure per period, the smallest id of
 * its period group. A series already stored is kept up to date from the
 * touched groups alone (their first figure in, the others out) and its
 * note redone from its first periods and its size; only a quantity without
 * a series yet reads the first figure of every group, to see whether one
 * now exists (two periods or more with different values). The work per
 * figure stays bounded however long the series grows.
 */
async function refreshSeries(
  db: Kysely<Database>,
  groups: ReadonlyMap<string, string | null>,
  members: ReadonlyMap<string, string[]>,
  byId: Map<string, StoredIndicator>,
): Promise<void> {
  // Quantity bucket prefix -> its touched groups, with the series id it files under.
  const touched = new Map<string, { pair: string | null; id: string; groups: string[] }>()
  for (const [group, pair] of groups) {
    const ids = [...(members.get(group) ?? [])].sort()
    const first = ids.length > 0 ? byId.get(ids[0]) : undefined
    const claim = first ? claimOf(first) : null
    if (!claim) continue
    // `g|pair|quantity|period`: the period part has no bar, so the quantity's prefix ends at the last one.
    const quantity = group.slice(0, group.lastIndexOf('|') + 1)
    const entry = touched.get(quantity) ?? { pair, id: seriesId(pair, claim), groups: [] }
    entry.groups.push(group)
    touched.set(quantity, entry)
  }
  const existing = new Set<string>()
  for (const part of chunks([...touched.values()].map((t) => t.id))) {
    for (const c of await db.selectFrom('conflicts').select('id').where('id', 'in', part).execute()) existing.add(c.id)
  }
  const fresh: Placed[] = []
  for (const [quantity, { pair, id, groups: mine }] of [...touched].sort()) {
    if (!existing.has(id)) {
      const series = await seriesFromScratch(db, quantity, byId)
      if (series) fresh.push({ pair, conflict: series })
      continue
    }
    const firsts = mine.map((g) => [...(members.get(g) ?? [])].sort()[0])
    const others = mine.flatMap((g) => [...(members.get(g) ?? [])].sort().slice(1))
    for (const part of chunks(others)) await db.deleteFrom('conflict_members').where('conflict', '=', id).where('record', 'in', part).execute()
    await insertIgnoring(
      db,
      'conflict_members',
      firsts.flatMap((record) => {
        const stored = byId.get(record)
        const claim = stored ? claimOf(stored) : null
        return claim ? [{ conflict: id, record, kind: 'indicator', rank: rankOf(claim) }] : []
      }),
    )
    await renote(db, id)
  }
  await writeConflicts(db, fresh, byId)
}

/** The series of a quantity from the first figure of each of its groups (null when there is none). */
async function seriesFromScratch(db: Kysely<Database>, quantity: string, byId: Map<string, StoredIndicator>): Promise<Conflict | null> {
  const firsts = await db
    .selectFrom('record_buckets')
    .select((eb) => eb.fn.min('record').as('record'))
    .where('bucket', '>=', quantity)
    .where('bucket', '<', `${quantity}\uffff`)
    .groupBy('bucket')
    .execute()
  const reps = firsts.map((f) => f.record as string)
  for (const stored of await storedOf(
    db,
    await selectRows(
      db,
      reps.filter((id) => !byId.has(id)),
    ),
  ))
    byId.set(stored.id, stored)
  return seriesOf(
    reps.flatMap((id) => {
      const stored = byId.get(id)
      const claim = stored ? claimOf(stored) : null
      return claim ? [claim] : []
    }),
  )
}

/** Rewrite a stored series' note from its first members (read in rank order from the index) and its size. */
async function renote(db: Kysely<Database>, id: string): Promise<void> {
  const firsts = await db.selectFrom('conflict_members').select('record').where('conflict', '=', id).orderBy('rank').limit(NOTE_ITEMS).execute()
  const total = await db
    .selectFrom('conflict_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conflict', '=', id)
    .executeTakeFirstOrThrow()
  const first = (
    await storedOf(
      db,
      await selectRows(
        db,
        firsts.map((f) => f.record),
      ),
    )
  )
    .flatMap((s) => {
      const claim = claimOf(s)
      return claim ? [claim] : []
    })
    .sort(byPeriodThenId)
  await db
    .updateTable('conflicts')
    .set({ note: seriesNote(first, Number(total.n)) })
    .where('id', '=', id)
    .execute()
}

async function storedOf(db: Kysely<Database>, rows: readonly IndicatorRow[]): Promise<StoredIndicator[]> {
  const ref = await loadLinks(
    db,
    rows.map((r) => r.doc),
  )
  return rows.map((r) => ({ id: r.id, doc: r.doc, indicator: indicatorFromRow(r, (k) => ref(r.doc, k)) }))
}

async function selectRows(db: Kysely<Database>, ids: readonly string[]): Promise<IndicatorRow[]> {
  const out: IndicatorRow[] = []
  for (const part of chunks(ids)) out.push(...(await db.selectFrom('indicators').selectAll().where('id', 'in', part).execute()))
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

async function dropConflicts(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids)) {
    await db.deleteFrom('conflict_members').where('conflict', 'in', part).execute()
    await db.deleteFrom('conflicts').where('id', 'in', part).execute()
  }
}

/** A series is one per quantity: its id follows the quantity (its `about`), so a longer series replaces the shorter. */
function seriesId(pair: string | null, claim: Claim): string {
  return conflictId(pair, { kind: 'change_over_time', about: seriesAbout(claim.m), note: '', indicators: [], events: [] })
}

function conflictId(pair: string | null, c: Conflict): string {
  const members = c.kind === 'change_over_time' ? [] : [...c.indicators, ...c.events].sort()
  return recordId(pair ?? '', 'kconflict', { start: 0, end: 0 }, `${c.kind}|${c.about}|${members.join(',')}`)
}

/** A series member's place in its series (see ConflictMembersTable.rank). */
function rankOf(claim: Claim): string {
  return `${claim.from}|${claim.to}|${claim.id}`
}

async function writeConflicts(db: Kysely<Database>, placed: readonly Placed[], byId: ReadonlyMap<string, StoredIndicator>): Promise<void> {
  const seen = new Set<string>()
  const records = placed.flatMap(({ pair, conflict: c }) => {
    const id = conflictId(pair, c)
    if (seen.has(id)) return []
    seen.add(id)
    return [{ id, pair, c }]
  })
  await insertMany(
    db,
    'conflicts',
    records.map(({ id, pair, c }) => ({ id, kind: c.kind, about: c.about, note: c.note, pair })),
  )
  await insertMany(
    db,
    'conflict_members',
    records.flatMap(({ id, c }) => [
      ...[...new Set(c.indicators)].map((record) => {
        const stored = c.kind === 'change_over_time' ? byId.get(record) : undefined
        const claim = stored ? claimOf(stored) : null
        return { conflict: id, record, kind: 'indicator', rank: claim ? rankOf(claim) : null }
      }),
      ...[...new Set(c.events)].filter((e) => !c.indicators.includes(e)).map((record) => ({ conflict: id, record, kind: 'event', rank: null })),
    ]),
  )
}
