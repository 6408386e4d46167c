import { describe, expect, it } from 'vitest'
import { segment } from '../../web/src/lib/highlight.js'
import { docDetail, event, when } from '../../web/src/api/normalize.js'
import { seriesList } from '../../web/src/api/normalize-overview.js'
import { formatValue, formatWhen } from '../../web/src/lib/format.js'

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

describe('normalize', () => {
  const names = new Map([['country:NO', 'Norway']])

  it('reads an event record with nested document, entity refs and cluster', () => {
    const e = event({
      id: 'e1', doc: 'd1', document: { id: 'd1', title: null, source: '/x/oslo.txt' }, type: 'visit', status: 'planned',
      actors: [{ id: 'person:ana soto', name: 'Ana Soto', type: 'person' }], host: 'country:NO', place: null,
      when: { start: '2025-05-01', end: '2025-05-31', granularity: 'month' }, span: { start: 3, end: 40 },
      evidence: 'Ana Soto will visit Norway in May.', cluster: { id: 'c9', mentions: 3, documents: 2 }, pair: ['country:NO', 'country:CL'],
    }, names)!
    expect(e.actors).toEqual([{ id: 'person:ana soto', name: 'Ana Soto' }])
    expect(e.host).toEqual({ id: 'country:NO', name: 'Norway' })
    expect(e.cluster).toBe('c9')
    expect(e.mentions).toBe(3)
    expect(e.pair).toBe('CL,NO')
    expect(e.quote).toBe('Ana Soto will visit Norway in May.')
    expect(e.isCluster).toBe(false)
  })

  it('flattens series points into one figure per source', () => {
    const { series, conflicts } = seriesList({
      series: [{ indicator: 'exports', unit: 'USD', subject: { id: 'country:NO', name: 'Norway' }, counterpart: null, scope: null, points: [
        { period: { start: '2023-01-01', end: '2023-12-31' }, value: 5e9, sources: [{ id: 'i1', doc: 'd1', value: 5e9, bound: 'exact', span: { start: 0, end: 9 } }, { id: 'i2', doc: 'd2', value: 5.1e9, bound: 'approx', span: { start: 4, end: 9 } }] },
      ] }],
      conflicts: [{ id: 'k1', kind: 'conflict', about: 'x', note: 'n', indicators: [{ id: 'i1', value: 5e9, doc: 'd1' }], events: [] }],
    }, names)
    expect(series).toHaveLength(1)
    expect(series[0]!.points.map((p) => [p.id, p.value, p.indicator, p.subject?.name])).toEqual([['i1', 5e9, 'exports', 'Norway'], ['i2', 5.1e9, 'exports', 'Norway']])
    expect(conflicts[0]!.indicators).toEqual(['i1'])
  })

  it('reads a document with its records of every kind', () => {
    const d = docDetail({
      document: { id: 'd1', source: 'a.txt', text: 'Norway and Chile signed a deal.', diagnostics: [{ reason: 'no date', ruleId: 'time:dating', severity: 'warning' }] },
      records: [
        { kind: 'entity', id: 'm1', span: { start: 0, end: 6 }, text: 'Norway', type: 'country', entity: { id: 'country:NO', name: 'Norway' } },
        { kind: 'event', id: 'e1', span: { start: 0, end: 31 }, type: 'agreement', status: 'occurred', when: null },
      ],
    }, names)!
    expect(d.records.map((r) => r.kind)).toEqual(['entity', 'event'])
    expect(d.diagnostics[0]!.severity).toBe('warning')
    expect(d.text).toContain('signed')
  })
})

describe('format', () => {
  it('shows intervals at their precision and values with units', () => {
    expect(formatWhen(when('2008'))).toBe('2008')
    expect(formatWhen(when('2022-11'))).toBe('Nov 2022')
    expect(formatWhen({ start: '2024-01-01', end: '2024-09-30', granularity: 'range' })).toBe('Jan–Sep 2024')
    expect(formatValue(171.9e9, 'USD')).toBe('$171.9 bn')
    expect(formatValue(12.5, 'percent')).toBe('12.5%')
  })
})
