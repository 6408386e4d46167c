import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import type { Store } from '../../src/app/store.js'
import type { Answer } from '../../web/src/api/client.js'
import type { paths } from '../../web/src/api/schema.js'
import { clusterView, conflictView, docDetailView, eventView, seriesView, statsView } from '../../web/src/api/views.js'
import { segment } from '../../web/src/lib/highlight.js'
import { knownStore } from '../api/fixture.js'
import { axisValue, formatFigure, formatWhen } from '../../web/src/lib/format.js'
import { formatValue } from '../../src/shared/figure-text.js'
import { earlierMonthsNote, earlierNote, focusMonth, focusWindow, leftBefore, monthsBefore } from '../../web/src/lib/timeline-window.js'
import { everyMonth } from '../../web/src/lib/months.js'
import { roleRows } from '../../web/src/lib/role-rows.js'
import type { Role } from '../../web/src/api/types.js'

const rec = (id: string, start: number, end: number) => ({ id, span: { start, end } })

describe('segment', () => {
  it('cuts nested and overlapping spans into segments listing every covering record', () => {
    // "The envoy met the minister in Rabat." with a sentence, two names and an overlap
    const sentence = rec('s', 0, 36)
    const envoy = rec('a', 4, 9)
    const minister = rec('b', 18, 26)
    const tail = rec('c', 22, 33)
    const out = segment(36, [sentence, envoy, minister, tail])
    expect(out.map((s) => [s.start, s.end])).toEqual([[0, 4], [4, 9], [9, 18], [18, 22], [22, 26], [26, 33], [33, 36]])
    expect(out[1]!.records.map((r) => r.id)).toEqual(['s', 'a'])
    expect(out[4]!.records.map((r) => r.id).sort()).toEqual(['b', 'c', 's'])
    expect(out[6]!.records.map((r) => r.id)).toEqual(['s'])
  })

  it('clips spans to the text and drops empty ones', () => {
    const out = segment(10, [rec('x', 8, 20), rec('y', 5, 5)])
    expect(out).toEqual([{ start: 0, end: 8, records: [] }, { start: 8, end: 10, records: [rec('x', 8, 20)] }])
  })
})

describe('the months of the balance chart', () => {
  it('runs through every month from the first to the last, empty ones at zero, across a year end', () => {
    const m = (month: string, cooperation: number) => ({ month, cooperation, conflict: 0, goldstein: cooperation })
    const out = everyMonth([m('2023-11', 1), m('2024-02', 2)])
    expect(out.map((x) => x.month)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
    expect(out.map((x) => x.cooperation)).toEqual([1, 0, 0, 2])
    expect(everyMonth([])).toEqual([])
  })
})

describe('the note under the timeline', () => {
  const at = (start: string, end = start) => ({ when: { start, end } })
  it('counts the events the opening view leaves out, and names the year of the first', () => {
    const events = [at('2019-05-02'), at('2024-01-10', '2024-01-12'), at('2024-03-01'), { when: null }]
    const window = focusWindow({ from: '2024-01-10', to: '2024-03-01' })
    const left = leftBefore(events, window.startValue)
    expect(left).toEqual({ count: 1, firstYear: 2019 })
    expect(earlierNote(left)).toBe('1 earlier event (from 2019) is not in this view; it is listed on the Events page.')
    expect(earlierNote(leftBefore([at('2017-02-01'), ...events], window.startValue))).toMatch(/^2 earlier events \(from 2017\) are not in this view; they are/)
  })

  it('says nothing when the view holds every event', () => {
    const window = focusWindow({ from: '2024-01-10', to: '2024-03-01' })
    // an event ending inside the month of padding before the focus is in view
    expect(earlierNote(leftBefore([at('2023-12-20'), at('2024-02-01')], window.startValue))).toBeNull()
  })
})

describe('views over the answers of the API', () => {
  // The dashboard reads the API's typed answers; these are real answers of the
  // API over the hand-built Kenya-Tanzania / France-Germany store.
  let store: Store
  let app: FastifyInstance
  beforeAll(async () => {
    store = await knownStore()
    app = await createApp({ store })
  })
  afterAll(async () => {
    await app.close()
    await store.close()
  })
  async function get<P extends keyof paths>(path: P, url: string): Promise<Answer<P>> {
    const res = await app.inject(url)
    expect(res.statusCode, url).toBe(200)
    return res.json() as Answer<P>
  }

  it('reads event mentions with entity refs, cluster and document', async () => {
    const { items } = await get('/api/events', '/api/events?pair=KE,TZ&limit=50')
    const views = items.map(eventView)
    const visit = views.find((e) => e.type === 'visit')!
    expect(visit.status).toBe('planned')
    expect(visit.host).toEqual({ id: 'country:KE', name: 'Kenya' })
    expect(visit.pair).toBe('KE,TZ')
    expect(visit.quote).toBe('Mrema will visit Nairobi in June 2023.')
    const meetings = views.filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(2)
    expect(meetings[0]!.cluster).toBe(meetings[1]!.cluster)
    expect(meetings[0]!.mentions).toBe(2)
    expect(meetings.every((e) => !e.isCluster)).toBe(true)
  })

  it('reads the timeline as real events', async () => {
    const t = await get('/api/timeline', '/api/timeline?pair=Kenya,Tanzania')
    const views = t.items.map(clusterView)
    expect(views.map((e) => [e.type, e.when?.start, e.mentions, e.isCluster])).toEqual([
      ['meeting', '2023-03-03', 2, true],
      ['visit', '2023-06-01', 1, true],
    ])
  })

  it('flattens series points into one figure per source, conflicts with their figures', async () => {
    const x = await get('/api/indicators', '/api/indicators?pair=KE,TZ')
    const series = x.series.map(seriesView)
    expect(series).toHaveLength(1)
    expect(series[0]!.points.map((p) => [p.value, p.indicator, p.subject?.name]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([[1.2e9, 'trade_turnover', 'Kenya'], [1.5e9, 'trade_turnover', 'Kenya']])
    const conflicts = (await get('/api/conflicts', '/api/conflicts?pair=KE,TZ')).items.map(conflictView)
    expect(conflicts.map((c) => [c.kind, c.records.map((r) => r.value).sort()])).toEqual([['conflict', [1.2e9, 1.5e9]]])
  })

  it('reads a document with its records of every kind and its diagnostics', async () => {
    const docs = (await get('/api/documents', '/api/documents?pair=KE,TZ')).items
    const a = docs.find((d) => d.title === 'Presidents meet in Arusha')!
    const d = docDetailView(await get('/api/documents/{id}', `/api/documents/${a.id}`))
    expect(new Set(d.records.map((r) => r.kind))).toEqual(new Set(['entity', 'time', 'event', 'indicator', 'role']))
    expect(d.records.find((r) => r.kind === 'event')!.label).toBe('Meeting · 3 Mar 2023')
    expect(d.diagnostics.map((g) => g.ruleId)).toEqual(['test:note'])
    expect(d.text).toContain('Arusha')
  })

  it('reads the pairs of the store', async () => {
    const s = statsView(await get('/api/stats', '/api/stats'))
    expect(s.pairs.map((p) => [p.code, p.label])).toEqual([['KE,TZ', 'Kenya – Tanzania'], ['DE,FR', 'Germany – France']])
  })
})

describe('format', () => {
  it('shows intervals at their precision and values with units', () => {
    expect(formatWhen({ start: '2008-01-01', end: '2008-12-31', granularity: 'year' })).toBe('2008')
    expect(formatWhen({ start: '2022-11-01', end: '2022-11-30', granularity: 'month' })).toBe('Nov 2022')
    expect(formatWhen({ start: '2024-01-01', end: '2024-09-30', granularity: 'range' })).toBe('Jan–Sep 2024')
    expect(axisValue(171.9e9, 'USD')).toBe('US$171.9 bn')
    // a figure in text is written as the server writes it
    for (const f of [{ value: 230e9, unit: 'USD', bound: 'lower' }, { value: 4965, unit: 'count', bound: 'exact' }, { value: 6, unit: 'rank', bound: 'exact' }, { value: 128e9, unit: 'AUD', bound: 'approx' }])
      expect(formatFigure(f)).toBe(formatValue(f.value, f.unit, f.bound))
    expect(formatFigure({ value: 230e9, unit: 'USD', bound: 'lower' })).toBe('over US$230 billion')
    expect(formatFigure({ value: 128e9, unit: 'AUD', bound: 'approx' })).toBe('about A$128 billion')
    expect(formatFigure({ value: 12.5, unit: 'percent', bound: 'exact' })).toBe('12.5%')
  })
})

describe('the window of the monthly balance', () => {
  const m = (month: string, cooperation: number, conflict = 0) => ({ month, cooperation, conflict })
  it('opens on the month the timeline opens on, and counts the events of the months before it', () => {
    const from = focusMonth({ from: '2017-11-15', to: '2024-08-31' })
    // the timeline's month of padding before the focus
    expect(from).toBe('2017-10')
    const months = [m('1950-01', 1), m('2006-11', 2), m('2017-10', 1), m('2024-08', 3, 1)]
    const left = monthsBefore(months, from)
    expect(left).toEqual({ count: 3, firstYear: 1950 })
    expect(earlierMonthsNote(left)).toBe('3 earlier events (from 1950) are not in this chart; Counts per month lists them.')
    expect(earlierMonthsNote(monthsBefore([m('2006-11', 0, 1), ...months.slice(2)], from))).toBe('1 earlier event (from 2006) is not in this chart; Counts per month lists it.')
    expect(earlierMonthsNote(monthsBefore(months.slice(2), from))).toBeNull()
  })
})

describe('role rows', () => {
  const role = (title: string, when: string | null, reported: string, extra: Partial<Role> = {}): Role => ({
    title,
    org: null,
    orgName: null,
    reported: { start: reported, end: reported },
    doc: 'd',
    span: { start: 0, end: 1 },
    when: when ? { start: when.slice(0, 10), end: when.slice(-10), granularity: 'day' } : null,
    qualifier: null,
    ...extra,
  })
  it('gives one row per office, named by its fullest title, dated at the extent of its records', () => {
    const rows = roleRows([
      role('President', '2015-01-01..2015-12-31', '2022-10-30'),
      role('Chinese president', '2022-10-30', '2022-11-01'),
      role('President of China', null, '2024-11-05'),
      role('General Secretary', null, '2022-10-30', { org: 'org:cpc', orgName: 'Communist Party of China' }),
      role('Party General Secretary', null, '2024-11-05'),
      role('Deputy Prime Minister', null, '2020-01-02', { qualifier: 'former' }),
    ])
    expect(rows.map((r) => [r.role.title, r.when, r.count])).toEqual([
      ['President of China', '2015 to 30 Oct 2022', 3],
      ['Deputy Prime Minister', 'reported 2 Jan 2020', 1],
      ['Party General Secretary', 'reported 30 Oct 2022 to 5 Nov 2024', 2],
    ])
    expect(rows[2]!.role.orgName).toBe('Communist Party of China')
  })
})
