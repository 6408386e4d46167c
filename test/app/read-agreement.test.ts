// The CLI (--json), the HTTP API and the brief read one store through one
// read service (src/app): for the same filters they must give the same
// timeline entries, events and figures. Four stores: the API tests'
// hand-built Kenya-Tanzania / France-Germany store, and through the real
// pipeline the example articles (Japan-Australia), the seed corpus
// (Vietnam-China, ../shared/corpus) and the development set (four pairs,
// .devset/: its texts are not in git, so its store is skipped where the
// folder is absent).
import type { FastifyInstance } from 'fastify'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import { ingestPaths } from '../../src/app/ingest.js'
import { readPair } from '../../src/app/pair.js'
import { chronological, distinctEvents } from '../../src/app/relationship/index.js'
import { headlineFigures } from '../../src/app/relationship/distinct.js'
import { openStore, type Store } from '../../src/app/store.js'
import { loadBriefData } from '../../src/report/index.js'
import { knownStore } from '../api/fixture.js'
import { dyad } from '../cli/run-cli.js'

type When = { start: string; end: string; granularity: string } | null
type Period = { start: string; end: string } | { as_of: string } | null

interface EventView {
  id: string
  type: string
  when: When
  status: string
  actors: string[]
}
interface FigureView {
  id: string
  indicator: string
  value: number
  unit: string
  period: Period
}
interface EntryView {
  id: string
  type: string
  when: When
  status: string
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1))
const eventView = (e: { id: string; type: string; when: When; status: string }, actors: readonly string[]): EventView => ({
  id: e.id,
  type: e.type,
  when: e.when,
  status: e.status,
  actors: [...actors].sort(),
})
const figureView = (f: FigureView): FigureView => ({ id: f.id, indicator: f.indicator, value: f.value, unit: f.unit, period: f.period })

/** The query string of an API request for these filters. */
function query(filters: Record<string, string>): string {
  return new URLSearchParams(filters).toString()
}

/** The same filters as CLI options. */
function options(filters: Record<string, string>): string[] {
  return Object.entries(filters).flatMap(([k, v]) => [`--${k}`, v])
}

async function json(app: FastifyInstance, url: string) {
  const res = await app.inject(url)
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200)
  return res.json()
}

async function cliJson(...args: string[]) {
  const run = await dyad(...args)
  expect(run.code, `dyad ${args.join(' ')}: ${run.err}`).toBe(0)
  return JSON.parse(run.out)
}

/** A store of the articles under `folder`, through the real pipeline. */
const ingested = (folder: string) => async (file: string) => {
  const store = await openStore(file)
  const report = await ingestPaths(store, [folder])
  expect(report.failures).toEqual([])
  return store
}

const ROOT = join(import.meta.dirname, '../..')
const SEED = join(ROOT, '../shared/corpus/vietnam-china')
const DEVSET = join(ROOT, '.devset')

interface AgreementStore {
  name: string
  build: (file: string) => Promise<Store>
  pairs: string[]
  filters: Record<string, string>[]
  /** Pairs the store holds no figure of. */
  noFigures?: string[]
}

const STORES: AgreementStore[] = [
  {
    name: 'hand-built Kenya-Tanzania and France-Germany store',
    build: (file) => knownStore(file),
    // codes, the dashed form and names, in either order: one pair
    pairs: ['KE,TZ', 'tz-ke', 'Kenya,Tanzania', 'France,Germany'],
    noFigures: ['France,Germany'],
    filters: [
      { type: 'meeting' },
      { status: 'planned' },
      { from: '2023-06', to: '2023' },
      { actor: 'Mrema' },
      { actor: 'person:amina wanjiru', from: '2023-03-03' },
    ],
  },
  {
    name: 'example articles (Japan-Australia) through the pipeline',
    build: ingested(join(ROOT, 'examples')),
    pairs: ['JP,AU', 'Australia,Japan'],
    filters: [{ type: 'visit' }, { status: 'occurred', from: '2023' }, { actor: 'Japan' }],
  },
  {
    name: 'seed corpus (Vietnam-China) through the pipeline',
    build: ingested(SEED),
    pairs: ['VN,CN', 'cn-vn', 'Vietnam,China'],
    filters: [{ type: 'visit' }, { status: 'planned' }, { from: '2022-10', to: '2022-11' }, { actor: 'Xi Jinping' }, { type: 'agreement', from: '2022' }],
  },
  ...(existsSync(DEVSET)
    ? [
        {
          name: 'development set (four pairs) through the pipeline',
          build: ingested(DEVSET),
          // the first two one pair, as the test of pair forms reads them
          pairs: ['TR,AZ', 'Azerbaijan,Turkey', 'India,United Arab Emirates', 'eg-sa', 'CA,MX'],
          filters: [{ type: 'visit' }, { status: 'planned' }, { status: 'occurred', from: '2020', to: '2022' }, { actor: 'Erdogan' }],
        },
      ]
    : []),
]

describe.each(STORES)('CLI, API and brief agree on the $name', ({ build, pairs, filters, noFigures = [] }) => {
  let dir: string
  let db: string
  let store: Store
  let app: FastifyInstance
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-agree-'))
    db = join(dir, 'store.db')
    store = await build(db)
    app = await createApp({ store })
  }, 120_000)
  afterAll(async () => {
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('gives the same timeline entries (dated, and with the undated)', async () => {
    for (const pair of pairs)
      for (const extra of [{}, ...filters]) {
        const f = { pair, ...extra }
        for (const undated of [false, true]) {
          const cli = await cliJson('timeline', ...options(f), ...(undated ? ['--undated'] : []), '--json', '--db', db)
          const api = (await json(app, `/api/timeline?${query({ ...f, ...(undated ? { undated: 'true' } : {}) })}`)).items
          expect(cli, JSON.stringify(f)).toEqual(api)
          // the pair alone has real events: the comparison is never of two empty lists
          if (Object.keys(extra).length === 0) expect(api.length, pair).toBeGreaterThan(0)
        }
      }
  })

  it('gives the same events', async () => {
    for (const pair of pairs)
      for (const extra of [{}, ...filters]) {
        const f = { pair, ...extra }
        const cli = (await cliJson('events', ...options(f), '--limit', '1000', '--json', '--db', db)) as (EventView & { actors: string[] })[]
        const api = (await json(app, `/api/events?${query({ ...f, limit: '500' })}`)).items as (Omit<EventView, 'actors'> & { actors: { id: string }[] })[]
        expect(byId(cli.map((e) => eventView(e, e.actors))), JSON.stringify(f)).toEqual(
          byId(
            api.map((e) =>
              eventView(
                e,
                e.actors.map((a) => a.id),
              ),
            ),
          ),
        )
        if (Object.keys(extra).length === 0) expect(api.length, pair).toBeGreaterThan(0)
      }
  })

  it('gives the same figures', async () => {
    for (const pair of pairs) {
      const cli = (await cliJson('figures', '--pair', pair, '--limit', '1000', '--json', '--db', db)) as FigureView[]
      const api = (await json(app, `/api/indicators?${query({ pair })}`)) as { series: { points: { sources: FigureView[] }[] }[] }
      const fromApi = api.series.flatMap((s) => s.points.flatMap((p) => p.sources))
      expect(byId(cli.map(figureView)), pair).toEqual(byId(fromApi.map(figureView)))
      if (!noFigures.includes(pair)) expect(fromApi.length, pair).toBeGreaterThan(0)
    }
  })

  it('gives the brief the same events, figures and chronology', async () => {
    for (const pair of pairs) {
      const brief = await loadBriefData(store.db, readPair(pair))
      const events = (await json(app, `/api/events?${query({ pair, limit: '500' })}`)).items as (Omit<EventView, 'actors'> & { actors: { id: string }[] })[]
      expect(byId(brief.events.map((e) => eventView(e, e.actors))), pair).toEqual(
        byId(
          events.map((e) =>
            eventView(
              e,
              e.actors.map((a) => a.id),
            ),
          ),
        ),
      )
      const figures = (await cliJson('figures', '--pair', pair, '--limit', '1000', '--json', '--db', db)) as FigureView[]
      expect(byId(brief.figures.map(figureView)), pair).toEqual(byId(figures.map(figureView)))
      const entries = (await json(app, `/api/timeline?${query({ pair })}`)).items as EntryView[]
      const chronology = chronological(distinctEvents(brief.events)).map((d): EntryView => ({
        id: d.key,
        type: d.best.type,
        when: d.best.when,
        status: d.best.status,
      }))
      expect(chronology, pair).toEqual(entries.map((e): EntryView => ({ id: e.id, type: e.type, when: e.when, status: e.status })))
    }
  })

  it('lists the same documents', async () => {
    for (const pair of [undefined, ...pairs]) {
      const cli = await cliJson('documents', ...(pair ? ['--pair', pair] : []), '--json', '--db', db)
      const api = (await json(app, `/api/documents?${query({ ...(pair ? { pair } : {}), limit: '500' })}`)).items
      expect(cli, pair).toEqual(api)
      expect(api.length, pair).toBeGreaterThan(0)
    }
  })

  it('lists the same entities', async () => {
    const byPair = pairs.flatMap((pair) => [{ pair }, { pair, type: 'person' }])
    for (const f of [{}, { type: 'person' }, { q: 'mre' }, { country: 'tz' }, { type: 'country', q: 'a' }, ...byPair] as Record<string, string>[]) {
      const cli = await cliJson('entities', ...options(f), '--json', '--db', db)
      const api = (await json(app, `/api/entities?${query({ ...f, limit: '500' })}`)).items
      expect(cli, JSON.stringify(f)).toEqual(api)
    }
    // --pair keeps to the entities named in that pair's documents: its two countries, not every pair's
    const everyone = new Set((await cliJson('entities', '--limit', '500', '--json', '--db', db)).map((e: { id: string }) => e.id))
    for (const pair of pairs) {
      const ids = (await cliJson('entities', '--pair', pair, '--limit', '500', '--json', '--db', db)).map((e: { id: string }) => e.id)
      expect(ids, pair).toEqual(expect.arrayContaining([...readPair(pair).keys]))
      const otherPairs = new Set(pairs.map((p) => readPair(p).stored)).size > 1
      if (otherPairs) expect(ids.length, pair).toBeLessThan(everyone.size)
    }
  })

  it('lists the same conflicts, agreements and changes over time', async () => {
    for (const pair of [undefined, ...pairs])
      for (const kind of ['conflict', 'agreement', 'change_over_time', 'all']) {
        const f: Record<string, string> = { ...(pair ? { pair } : {}), kind }
        const cli = await cliJson('conflicts', ...options(f), '--json', '--db', db)
        const api = (await json(app, `/api/conflicts?${query(f)}`)).items
        expect(cli, JSON.stringify(f)).toEqual(api)
      }
  })

  it('counts the same records and leads with the same figures', async () => {
    const cli = (await cliJson('summary', '--json', '--db', db)).counts as Record<string, number>
    const api = (await json(app, '/api/stats')).counts as Record<string, number>
    expect(Object.keys(api).length).toBeGreaterThan(5)
    for (const [kind, n] of Object.entries(api)) expect(cli[kind], kind).toBe(n)
    expect(api.events).toBeGreaterThan(0)
    // the overview's newest figures and the brief's headline figures lead with the same indicators, in one order
    const leading = (await json(app, '/api/stats')).headline.map((f: { indicator: string }) => f.indicator) as string[]
    for (const pair of pairs) {
      const brief = headlineFigures((await loadBriefData(store.db, readPair(pair))).figures).map((f) => f.indicator)
      const shared = (xs: string[]) => [...new Set(xs)].filter((i) => leading.includes(i) && brief.includes(i))
      expect(shared(brief), pair).toEqual(shared(leading))
    }
  })

  it('names the pair the same way however it is written', async () => {
    const answers = await Promise.all(pairs.slice(0, 2).map(async (pair) => (await json(app, `/api/timeline?${query({ pair })}`)).items))
    expect(answers[0].length).toBeGreaterThan(0)
    expect(answers[1]).toEqual(answers[0])
  })
})

describe('CLI and API refuse the same parameters with the same words', () => {
  let dir: string
  let store: Store
  let app: FastifyInstance
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-refuse-'))
    store = await knownStore(join(dir, 'store.db'))
    app = await createApp({ store })
  })
  afterAll(async () => {
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const CASES: [string, string, Record<string, string>][] = [
    ['events', 'events', { from: '2023-02-29' }],
    ['events', 'events', { to: 'last week' }],
    ['events', 'events', { from: '2024', to: '2023-12' }],
    ['events', 'events', { type: 'visits' }],
    ['events', 'events', { status: 'done' }],
    ['timeline', 'timeline', { pair: 'KE,KE' }],
    ['timeline', 'timeline', { pair: 'Kenya,Atlantis' }],
    ['figures', 'indicators', { indicator: 'Trade Turnover' }],
    ['entities', 'entities', { type: 'city' }],
    ['conflicts', 'conflicts', { kind: 'contradiction' }],
  ]

  it.each(CASES)('dyad %s and /api/%s refuse %o alike', async (command, route, bad) => {
    const needsPair: Record<string, string> = command === 'timeline' && !bad.pair ? { pair: 'KE,TZ' } : {}
    const res = await app.inject(`/api/${route}?${query({ ...needsPair, ...bad })}`)
    expect(res.statusCode).toBe(400)
    const { message, field } = res.json() as { message: string; field: string }
    const run = await dyad(command, ...options({ ...needsPair, ...bad }), '--db', join(dir, 'store.db'))
    expect(run.code).toBe(2)
    expect(run.err).toBe(`dyad: --${field}: ${message.replace(`query field ${field}: `, '')}\n`)
  })
})
