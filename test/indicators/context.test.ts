import { describe, expect, it } from 'vitest'
import { figures, only } from './helpers.js'

const opts = { reference: '2023-11-20' }

describe('sources, provinces and context', () => {
  it('credits the source the sentence names', () => {
    const entities = [
      ['General Department of Laos Customs', 'organization', 'org:general department of laos customs'],
      ['Ministry of Commerce', 'organization', 'org:ministry of commerce'],
    ] as const
    const a = figures('According to the General Department of Laos Customs, trade between Laos and Thailand rose 8% to $5.2 billion in 2022.', {
      ...opts,
      entities,
    })
    expect(a.map((m) => m.source)).toEqual(['org:general department of laos customs', 'org:general department of laos customs'])
    const b = figures('An official cited data from the Ministry of Commerce showing that Thailand’s exports to Laos hit $3.1 billion in 2022.', {
      ...opts,
      entities,
    })
    expect(only(b, 'exports').source).toBe('org:ministry of commerce')
    expect(only(figures('Trade between Laos and Thailand reached $5.2 billion in 2022.', opts), 'trade_turnover').source).toBeNull()
  })

  it('lets a province stand in for its country and carries parties from the sentence before', () => {
    const entities = [['Udon Thani', 'place', 'place:TH-41', 'TH']] as const
    const text = 'Laos and Thailand’s Udon Thani province have close economic ties. In the first half of 2023, two-way trade reached $150 million.'
    const m = only(figures(text, { ...opts, entities }), 'trade_turnover')
    expect(new Set([m.subject, m.counterpart])).toEqual(new Set(['country:LA', 'place:TH-41']))
    expect(m.period).toEqual({ start: '2023-01-01', end: '2023-06-30' })
  })

  it('fills a missing party from the document pair', () => {
    const text =
      'Laos and Thailand held talks in Vientiane. In the first nine months of this year, two-way trade exceeded $4 billion, of which $2.5 billion came from Thailand’s exports.'
    const list = figures(text, opts)
    expect(list.map((m) => [m.indicator, m.value, m.bound])).toEqual([
      ['trade_turnover', 4_000_000_000, 'lower'],
      ['exports', 2_500_000_000, 'exact'],
    ])
    for (const m of list) {
      expect(new Set([m.subject, m.counterpart])).toEqual(new Set(['country:LA', 'country:TH']))
      expect(m.period).toEqual({ start: '2023-01-01', end: '2023-09-30' })
    }
  })

  it('moves a year-less date to last year only when the document date is stated', () => {
    const text = 'As of August 20, Thailand had 300 valid investment projects in Laos.'
    const stated = figures(text, { reference: '2022-07-01', published: { start: '2022-07-01', end: '2022-07-01', basis: 'stated' } })
    expect(stated[0].period).toEqual({ as_of: '2021-08-20' })
    const inferred = figures(text, { reference: '2022-07-01', published: { start: '2022-07-01', end: '2022-07-01', basis: 'inferred' } })
    expect(inferred[0].period).toEqual({ as_of: '2022-08-20' })
  })

  it('leaves a relative period unknown when the document has no date', () => {
    const list = figures('Trade between Laos and Thailand reached $5 billion in 2021 and $3 billion in the first half of this year.', { reference: null })
    expect(list.map((m) => m.period)).toEqual([{ start: '2021-01-01', end: '2021-12-31' }, null])
  })

  it('takes the period of the previous sentence for a stock that states none', () => {
    const entities = [['Chiang Mai', 'place', 'place:TH-50', 'TH']] as const
    const text =
      'By the end of June 2023, Laos had three investment projects in Chiang Mai worth $4 million. Meanwhile, Chiang Mai had invested in 12 projects in Laos with $60 million.'
    const list = figures(text, { ...opts, entities })
    expect(list.map((m) => [m.indicator, m.value])).toEqual([
      ['fdi_projects', 3],
      ['fdi_registered', 4_000_000],
      ['fdi_projects', 12],
      ['fdi_registered', 60_000_000],
    ])
    for (const m of list) expect(m.period).toEqual({ as_of: '2023-06-30' })
    expect(list[2].subject).toBe('place:TH-50')
    expect(list[2].counterpart).toBe('country:LA')
  })
  it('reads "then" as the last time the sentence before named, even one with no figure', () => {
    const text =
      'In 2021, trade between Laos and Thailand reached $8 billion. This year the gap with 2020 has already closed. Thailand’s exports to Laos then stood at $5 billion.'
    expect(only(figures(text, opts), 'exports').period).toEqual({ start: '2020-01-01', end: '2020-12-31' })
    // "and then" goes on in time; it points at nothing told before.
    const going = figures('Trade between Laos and Thailand fell in 2020. Thailand’s exports to Laos rose to $5 billion and then kept growing.', opts)
    expect(only(going, 'exports').period).toEqual({ start: '2023-01-01', end: '2023-12-31' })
  })
})
