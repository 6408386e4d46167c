import { describe, expect, it } from 'vitest'
import { eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

describe('relations milestones and statements', () => {
  it('dates the establishment of diplomatic relations', () => {
    const text = 'Japan and the Philippines established diplomatic relations on July 23, 1956.'
    const [m] = eventsOf(text, JP_PH).filter((e) => e.type === 'relations_milestone')
    expect(m.when).toMatchObject({ start: '1956-07-23', end: '1956-07-23' })
    expect([...m.actors].sort()).toEqual(['country:JP', 'country:PH'])
    expect(m.cameo).toBe('054')
  })

  it('reads an upgrade of ties to a partnership', () => {
    const text = 'Japan and the Philippines are close. In 2011, the two countries upgraded their relations to a strategic partnership.'
    const [m] = eventsOf(text, [...JP_PH], '2023-01-01').filter((e) => e.type === 'relations_milestone')
    expect(m.when?.start).toBe('2011-01-01')
  })

  it('reads milestones told in the passive, in a relative clause too', () => {
    const up = eventsOf('Kenya and Ethiopia held talks. Relations were elevated to Joint Commission level in 2019.', KE_ET, '2024-05-01').filter(
      (e) => e.type === 'relations_milestone',
    )
    expect(up.map((m) => m.when?.start)).toEqual(['2019-01-01'])
    const founded = eventsOf('Japan and the Philippines marked their diplomatic relations, which were established in 1956.', JP_PH, '2024-05-01').filter(
      (e) => e.type === 'relations_milestone',
    )
    expect(founded.map((m) => m.when?.start)).toEqual(['1956-01-01'])
  })

  it('reads relations established in the passive with the two named between ("relations between A and B were established in ...")', () => {
    const text = 'Trade has grown fast. Diplomatic relations between Japan and the Philippines were established in 1956.'
    const [m] = eventsOf(text, JP_PH, '2024-05-01').filter((e) => e.type === 'relations_milestone')
    expect(m?.when?.start).toBe('1956-01-01')
    expect([...(m?.actors ?? [])].sort()).toEqual(['country:JP', 'country:PH'])
    const ties = eventsOf('Ties between Kenya and Ethiopia were formally established in 1964.', KE_ET, '2024-05-01').filter(
      (e) => e.type === 'relations_milestone',
    )
    expect(ties.map((e) => e.when?.start)).toEqual(['1964-01-01'])
    // Relations between them discussed, not founded: nothing.
    expect(
      eventsOf('Relations between Kenya and Ethiopia were discussed in 1964.', KE_ET, '2024-05-01').filter((e) => e.type === 'relations_milestone'),
    ).toEqual([])
  })

  it('reads a summit named with its place and its year inside another act as told there', () => {
    const text = 'Kenya and Ethiopia revived the road project first agreed at a summit in Moyale in 2012.'
    const [m] = eventsOf(text, KE_ET, '2024-05-01').filter((e) => e.type === 'summit')
    expect(m?.when?.start).toBe('2012-01-01')
  })

  it('reads no agreement in the topic of talks placed and dated after it ("negotiations on a trade agreement in London last week")', () => {
    const text = 'Kenya and Ethiopia wrapped up a round of negotiations on a free trade agreement in Nairobi last week.'
    expect(eventsOf(text, KE_ET, '2024-05-01').filter((e) => e.type === 'agreement')).toEqual([])
  })

  it('dates "marking N years of partnership" to the founding year', () => {
    const text = '2024 is the year marking 10 years of strategic partnership between Kenya and Ethiopia.'
    const [m] = eventsOf(text, KE_ET, '2024-05-01').filter((e) => e.type === 'relations_milestone')
    expect(m.when?.start).toBe('2014-01-01')
    expect([...m.actors].sort()).toEqual(['country:ET', 'country:KE'])
  })

  it('dates "N years of relations since X" to X, at the granularity X is told, and reads a second count joined by "and"', () => {
    const text = 'Brazil and Argentina celebrated 40 years of diplomatic cooperation since November 30, 1985, and 12 years of strategic alliance since 2012.'
    const when = eventsOf(text, BR_AR, '2025-11-30')
      .filter((e) => e.type === 'relations_milestone')
      .map((e) => e.when)
    expect(when).toEqual([
      { start: '1985-11-30', end: '1985-11-30', granularity: 'day' },
      { start: '2012-01-01', end: '2012-12-31', granularity: 'year' },
    ])
    const month = eventsOf('Kenya and Ethiopia are marking 10 years of partnership since May 2014.', KE_ET, '2024-05-01').find(
      (e) => e.type === 'relations_milestone',
    )
    expect(month?.when).toEqual({ start: '2014-05-01', end: '2014-05-31', granularity: 'month' })
  })

  it('reads the founding of a joint body with a date', () => {
    const text = 'Kenya and Ethiopia are neighbours. The two sides set up a Joint Ministerial Commission in May 2015.'
    const [m] = eventsOf(text, [...KE_ET], '2024-05-01').filter((e) => e.type === 'relations_milestone')
    expect(m.when?.start).toBe('2015-05-01')
  })

  it('reads congratulations exchanged and messages sent', () => {
    const text =
      'Kenya and Ethiopia are neighbours. On the national day in 2022, the two sides exchanged congratulations. Ruto also sent a congratulatory message to Abiy after the election.'
    const statements = eventsOf(text, KE_ET, '2023-01-01').filter((e) => e.type === 'statement')
    expect(statements).toHaveLength(2)
    expect([...statements[1].actors].sort()).toEqual(['country:ET', 'country:KE', key.abiy, key.ruto].sort())
    expect(statements[1].plover).toBe('SUPPORT')
  })

  it('reads condolences as an empathetic statement', () => {
    const text = 'Lula conveyed condolences to Fernández over the floods.'
    const [s] = eventsOf(text, BR_AR).filter((e) => e.type === 'statement')
    expect(s.cameo).toBe('018')
  })

  it('reads embassies to be reopened as relations restored, still to come', () => {
    const [restored] = eventsOf('Kenya and Ethiopia will reopen their embassies and consulates next month.', KE_ET, '2024-05-05').filter(
      (e) => e.type === 'relations_milestone',
    )
    expect([restored?.status, restored?.cameo]).toEqual(['planned', '054'])
    expect(eventsOf('Kenya will reopen the port to Ethiopian trucks next month.', KE_ET, '2024-05-05').filter((e) => e.type === 'relations_milestone')).toEqual(
      [],
    )
  })
})
