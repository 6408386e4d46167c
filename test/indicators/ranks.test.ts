import { describe, expect, it } from 'vitest'
import { figures, only } from './helpers.js'

const opts = { reference: '2024-03-01' }
const rows = (text: string) => figures(text, opts).map((m) => [m.indicator, m.value, m.subject, m.counterpart, m.scope])

describe('ranks', () => {
  it('tells who is ranked and who ranks', () => {
    expect(rows('At present, Japan is Thailand’s largest trading partner and the second-largest export market.')).toEqual([
      ['trade_partner_rank', 1, 'country:JP', 'country:TH', null],
      ['export_market_rank', 2, 'country:JP', 'country:TH', null],
    ])
  })

  it('reads scopes and elliptical ranks', () => {
    expect(rows('Thailand is Japan’s largest trading partner in ASEAN and the fifth-largest globally.')).toEqual([
      ['trade_partner_rank', 1, 'country:TH', 'country:JP', 'ASEAN'],
      ['trade_partner_rank', 5, 'country:TH', 'country:JP', null],
    ])
    expect(rows('Kenya is India’s biggest trade partner among African Union members and sixth largest in the world.')).toEqual([
      ['trade_partner_rank', 1, 'country:KE', 'country:IN', 'African Union'],
      ['trade_partner_rank', 6, 'country:KE', 'country:IN', null],
    ])
  })

  it('reads a rank without its noun after a first rank, with its own parties', () => {
    expect(rows('Peru is Chile’s eighth-largest trading partner, and Chile ranks as Peru’s 13th largest.')).toEqual([
      ['trade_partner_rank', 8, 'country:PE', 'country:CL', null],
      ['trade_partner_rank', 13, 'country:CL', 'country:PE', null],
    ])
  })

  it('does not take a party named after "after" as the one who ranks', () => {
    expect(rows('In 2023 India was the UAE’s second-largest trading partner after China.')).toEqual([
      ['trade_partner_rank', 2, 'country:IN', 'country:AE', null],
    ])
  })

  it('reads investor ranks among countries investing in a host', () => {
    const list = figures('As of May 2023, Singapore ranked sixth among 148 countries and territories investing in Myanmar.', opts)
    expect(list.map((m) => [m.indicator, m.value, m.subject, m.counterpart])).toEqual([['investor_rank', 6, 'country:SG', 'country:MM']])
    expect(list[0].period).toEqual({ as_of: '2023-05-31' })
  })

  it('reads "first in ASEAN", "leading trade partner" and ranks held since a year', () => {
    expect(rows('Malaysia ranked first in ASEAN among Japan’s trading partners in 2023.')).toEqual([
      ['trade_partner_rank', 1, 'country:MY', 'country:JP', 'ASEAN'],
    ])
    expect(rows('Japan is Malaysia’s leading trade partner.')).toEqual([['trade_partner_rank', 1, 'country:JP', 'country:MY', null]])
    const since = figures('Malaysia has been Japan’s biggest ASEAN trade partner since 2016.', opts)
    expect(since.map((m) => [m.value, m.scope])).toEqual([[1, 'ASEAN']])
    expect(since[0].period).toEqual({ start: '2016-01-01', end: '2024-03-01' })
  })

  it('reads "No. 1" and "top" ranks and a possessive in s-apostrophe', () => {
    expect(rows('Japan remained the top investor in Laos, and was Laos’ No. 1 trading partner.')).toEqual([
      ['investor_rank', 1, 'country:JP', 'country:LA', null],
      ['trade_partner_rank', 1, 'country:JP', 'country:LA', null],
    ])
  })

  it('finds the ranked party after the copula', () => {
    expect(rows('Thailand’s largest export market is the United States, Thai officials said.')).toEqual([
      ['export_market_rank', 1, 'country:US', 'country:TH', null],
    ])
  })

  it('dates a rank stated as current to the document year', () => {
    const [m] = figures('Currently, Japan is Malaysia’s largest trading partner.', opts)
    expect(m.period).toEqual({ start: '2024-01-01', end: '2024-12-31' })
  })

  it('does not read membership or firsts as ranks', () => {
    expect(rows('Japan is one of the largest investors in Malaysia.')).toEqual([])
    expect(rows('Japan was the first country to open an embassy in Malaysia.')).toEqual([])
    expect(rows('He was the first foreign leader to visit Malaysia after the election.')).toEqual([])
  })
})

describe('"main" as a rank', () => {
  it('reads "main trade partner" as first, and "the main trade partners" as no rank', () => {
    expect(only(figures("China has been Chile's main trade partner since 2010.", { reference: '2023-04-14' }), 'trade_partner_rank').value).toBe(1)
    expect(figures('The main trade partners of Chile are China and the US.', { reference: '2023-04-14' })).toEqual([])
  })
})
