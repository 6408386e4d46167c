import type { FastifyInstance, InjectOptions } from 'fastify'
import { sql } from 'kysely'
import { createApp, type AppOptions } from '../../src/api/app.js'
import type { Store } from '../../src/store/index.js'
import { STORE_TARGETS, type StoreTarget } from '../store/helpers/stores.js'
import { knownStore } from './fixture.js'

export interface Answer {
  status: number
  headers: Record<string, unknown>
  body: string
  json: any
}

/** Inject a request and parse the JSON answer (null when it is not JSON). */
export async function call(app: FastifyInstance, options: InjectOptions | string): Promise<Answer> {
  const res = await app.inject(typeof options === 'string' ? { method: 'GET', url: options } : options)
  let json: unknown
  try {
    json = res.json()
  } catch {
    json = null
  }
  return { status: res.statusCode, headers: res.headers, body: res.body, json }
}

/** The ids the fixture store gives its records, looked up once. */
export interface KnownIds {
  docA: string
  docB: string
  docC: string
  meetingA: string
  meetingB: string
  visit: string
  talks: string
  figureA: string
  figureB: string
  cluster: string
}

export async function knownIds(store: Store): Promise<KnownIds> {
  const docs = await store.db.selectFrom('documents').select(['id', 'source']).execute()
  const doc = (name: string) => docs.find((d) => d.source.endsWith(name))!.id
  const events = await store.db.selectFrom('events').select(['id', 'doc', 'type', 'cluster']).execute()
  const ev = (d: string, type: string) => events.find((e) => e.doc === d && e.type === type)!
  const figures = await store.db.selectFrom('indicators').select(['id', 'doc']).execute()
  const ids = { docA: doc('kenya-tanzania-a.txt'), docB: doc('kenya-tanzania-b.txt'), docC: doc('france-germany.txt') }
  return {
    ...ids,
    meetingA: ev(ids.docA, 'meeting').id,
    meetingB: ev(ids.docB, 'meeting').id,
    visit: ev(ids.docB, 'visit').id,
    talks: ev(ids.docC, 'talks').id,
    figureA: figures.find((f) => f.doc === ids.docA)!.id,
    figureB: figures.find((f) => f.doc === ids.docB)!.id,
    cluster: ev(ids.docA, 'meeting').cluster!,
  }
}

/** A conflict of our own between the two trade figures, so the conflict routes have one to show. */
export async function addConflict(store: Store, ids: KnownIds): Promise<string> {
  const id = 'ktest-trade-2022'
  await store.db.insertInto('conflicts').values({ id, kind: 'conflict', about: 'trade_turnover 2022', note: 'two sources give different totals', pair: 'country:KE,country:TZ' }).execute()
  await store.db
    .insertInto('conflict_members')
    .values([
      { conflict: id, record: ids.figureA, kind: 'indicator' },
      { conflict: id, record: ids.figureB, kind: 'indicator' },
    ])
    .execute()
  return id
}

/** Row counts of every table, to show a request changed nothing. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const table of ['documents', 'events', 'indicators', 'entities', 'entity_aliases', 'conflicts', 'search_index'] as const) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(store.db)
    out[table] = Number(r.rows[0]!.n)
  }
  return out
}

export interface Fixture {
  store: Store
  app: FastifyInstance
  ids: KnownIds
  conflict: string
  close(): Promise<void>
}

/** The known store on one backend, with an app over it. */
export async function openFixture(target: StoreTarget, options: Partial<AppOptions> = {}): Promise<Fixture> {
  const where = await target.fresh()
  const store = await knownStore(where.url)
  const ids = await knownIds(store)
  const conflict = await addConflict(store, ids)
  const app = await createApp({ store, ...options })
  return {
    store,
    app,
    ids,
    conflict,
    async close() {
      await app.close()
      await store.close()
      await where.cleanup()
    },
  }
}

export { STORE_TARGETS }
