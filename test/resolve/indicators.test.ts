import { describe, expect, it } from 'vitest'
import type { IndicatorMention } from '../../src/model/types.js'
import { disagree, reconcileIndicators, type StoredIndicator } from '../../src/resolve/indicators.js'

const Y = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` })

function claim(id: string, doc: string, over: Partial<IndicatorMention>): StoredIndicator {
  const indicator: IndicatorMention = {
    kind: 'indicator',
    indicator: 'trade_turnover',
    subject: 'country:PE',
    counterpart: 'country:CL',
    scope: null,
    value: 1,
    unit: 'USD',
    bound: 'exact',
    period: Y(2021),
    source: null,
    span: { start: 0, end: 1 },
    ruleId: 'test',
    ...over,
  }
  return { id, doc, indicator }
}

describe('reconcileIndicators', () => {
  it('flags a lower bound above an exact figure for the same year, in either party order', () => {
    const out = reconcileIndicators([
      claim('a', 'd1', { value: 230e9, bound: 'lower' }),
      claim('b', 'd2', { value: 165.8e9, subject: 'country:CL', counterpart: 'country:PE', source: 'org:chile customs service' }),
    ])
    const conflicts = out.filter((c) => c.kind === 'conflict')
    expect(conflicts).toHaveLength(1)
    expect([...conflicts[0].indicators].sort()).toEqual(['a', 'b'])
    expect(conflicts[0].note).toMatch(/chile customs/)
  })

  it('explains mirror statistics when each side has its own source', () => {
    const out = reconcileIndicators([
      claim('a', 'd1', { value: 100e9, source: 'org:peru customs' }),
      claim('b', 'd2', { value: 120e9, source: 'org:general administration of customs of chile' }),
    ])
    expect(out.find((c) => c.kind === 'conflict')?.note).toMatch(/mirror statistics/)
  })

  it('sees no conflict between a part of the year and the whole year', () => {
    const out = reconcileIndicators([
      claim('a', 'd1', { value: 120e9, bound: 'lower', period: { start: '2023-01-01', end: '2023-09-30' } }),
      claim('b', 'd2', { value: 171.9e9, period: Y(2023) }),
    ])
    expect(out.filter((c) => c.kind === 'conflict')).toEqual([])
    expect(out.map((c) => c.kind)).toEqual(['change_over_time'])
  })

  it('reads ranks of different years as change over time', () => {
    const rank = (id: string, doc: string, value: number, year: number) =>
      claim(id, doc, { indicator: 'trade_partner_rank', unit: 'rank', value, period: Y(year) })
    const out = reconcileIndicators([rank('a', 'd1', 6, 2021), rank('b', 'd2', 6, 2022), rank('c', 'd3', 6, 2022), rank('d', 'd4', 5, 2024)])
    expect(out.filter((c) => c.kind === 'conflict')).toEqual([])
    expect(out.find((c) => c.kind === 'agreement')?.indicators).toEqual(['b', 'c'])
    // The series takes one figure per period (the 2022 agreement holds the other).
    expect(out.find((c) => c.kind === 'change_over_time')?.indicators).toEqual(['a', 'b', 'd'])
  })

  it('keeps ranks in different scopes and directions apart', () => {
    const out = reconcileIndicators([
      claim('a', 'd1', { indicator: 'trade_partner_rank', unit: 'rank', value: 1, scope: 'ASEAN' }),
      claim('b', 'd2', { indicator: 'trade_partner_rank', unit: 'rank', value: 6 }),
      claim('c', 'd3', { indicator: 'trade_partner_rank', unit: 'rank', value: 1, subject: 'country:CL', counterpart: 'country:PE' }),
    ])
    expect(out).toEqual([])
  })

  it('ignores converted amounts and agrees on identical claims from several documents', () => {
    const out = reconcileIndicators([
      claim('a', 'd1', { value: 7.7e9, indicator: 'deal_value' }),
      claim('b', 'd2', { value: 7.7e9, indicator: 'deal_value' }),
      claim('c', 'd2', { value: 33.9e9, unit: 'MYR', indicator: 'deal_value', convertedFrom: { start: 0, end: 1 } }),
    ])
    expect(out.map((c) => [c.kind, c.indicators])).toEqual([['agreement', ['a', 'b']]])
  })

  it('never reads two different deals as a conflict', () => {
    const out = reconcileIndicators([
      claim('a', 'd1', { value: 7.7e9, indicator: 'deal_value' }),
      claim('b', 'd2', { value: 7.7e9, indicator: 'deal_value' }),
      claim('c', 'd2', { value: 150e6, indicator: 'deal_value' }),
    ])
    expect(out.map((c) => [c.kind, c.indicators])).toEqual([['agreement', ['a', 'b']]])
  })

  it('compares bounds', () => {
    const m = (value: number, bound: IndicatorMention['bound']) => claim('x', 'd', { value, bound }).indicator
    expect(disagree(m(100, 'exact'), m(101, 'exact'))).toBe(false)
    expect(disagree(m(100, 'exact'), m(110, 'exact'))).toBe(true)
    expect(disagree(m(100, 'exact'), m(90, 'lower'))).toBe(false)
    expect(disagree(m(100, 'exact'), m(120, 'upper'))).toBe(false)
    expect(disagree(m(130, 'exact'), m(120, 'upper'))).toBe(true)
    expect(disagree(m(100, 'approx'), m(105, 'exact'))).toBe(false)
    expect(disagree(m(50, 'lower'), m(40, 'upper'))).toBe(true)
  })
})
