import { describe, expect, it } from 'vitest'
import { eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

describe('visits', () => {
  it('reads a day word between the verb of travel and the place ("travels today to Davao")', () => {
    const [visit] = eventsOf('Foreign Minister Yoko Kamikawa travels today to Davao.', JP_PH, '2023-11-06').filter((e) => e.type === 'visit')
    expect(visit?.actors).toContain(key.kamikawa)
    expect(visit?.when?.start).toBe('2023-11-06')
  })

  it('counts the person visited ("a courtesy visit to President X") among the participants, not a place after "to"', () => {
    const visit = eventsOf('Abiy paid a courtesy visit to Kenyan President William Ruto at State House on Monday.', KE_ET, '2024-03-05').filter(
      (e) => e.type === 'visit',
    )
    expect(visit.map((e) => [...e.actors].sort())).toEqual([expect.arrayContaining([key.abiy, key.ruto])])
    const toCity = eventsOf('Abiy paid a visit to Mombasa, where Ruto received him on Monday.', KE_ET, '2024-03-05').filter((e) => e.type === 'visit')
    expect(toCity.flatMap((e) => e.actors)).not.toContain(key.ruto)
  })

  it('reads a planned official visit with its dates, guest and host', () => {
    const text =
      'MANILA, March 3 (Wire) - Japanese Prime Minister Fumio Kishida will pay an official visit to the Philippines from March 8 to March 10 at the invitation of President Ferdinand Marcos Jr.'
    const [visit] = eventsOf(text, JP_PH, '2024-03-03').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual([key.kishida, 'country:JP'])
    expect(visit.host).toBe('country:PH')
    expect(visit.status).toBe('planned')
    expect(visit.when).toMatchObject({ start: '2024-03-08', end: '2024-03-10' })
    expect(visit.cameo).toBe('042')
    expect(visit.plover).toBe('CONSULT')
    expect(text.slice(visit.trigger.start, visit.trigger.end)).toBe('pay an official visit')
  })

  it('reads a guest back from a visit as having made it, the host after "to", not the place arrived at', () => {
    const text = 'Japanese Prime Minister Fumio Kishida returned to Tokyo on Sunday, Nov. 5, from a two-day official visit to the Philippines.'
    const [visit] = eventsOf(text, JP_PH, '2023-11-06').filter((e) => e.type === 'visit')
    expect(visit.actors).toContain(key.kishida)
    expect(visit.host).toBe('country:PH')
    expect(visit.status).toBe('occurred')
    expect(visit.when?.end).toBe('2023-11-05')
  })

  it('reads a past visit from a possessive noun and keeps the inviter out of the guests', () => {
    const text = 'Ties have warmed since Lula’s state visit to Argentina in January 2023, which Alberto Fernández hosted.'
    const [visit] = eventsOf(text, BR_AR, '2023-06-01').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual([key.lula])
    expect(visit.host).toBe('country:AR')
    expect(visit.status).toBe('occurred')
    expect(visit.when).toMatchObject({ start: '2023-01-01', end: '2023-01-31' })
  })

  it('gives one visit per guest in "visits by A (date) and B (date)", each with its own date', () => {
    const text =
      'Following the reciprocal visits by President William Ruto (May 2022) and Prime Minister Abiy Ahmed (February 2023), trade between Kenya and Ethiopia has grown.'
    const visits = eventsOf(text, KE_ET, '2023-09-01').filter((e) => e.type === 'visit')
    expect(visits.map((v) => [v.actors[0], v.when?.start.slice(0, 7), v.host])).toEqual([
      [key.ruto, '2022-05', 'country:ET'],
      [key.abiy, '2023-02', 'country:KE'],
    ])
  })

  it('reads "the Kenya visit by X" with the country before the noun as host', () => {
    const text = 'The Kenya visit by Prime Minister Abiy Ahmed in July 2023 opened a new chapter.'
    const [visit] = eventsOf(text, KE_ET, '2023-09-01').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual([key.abiy])
    expect(visit.host).toBe('country:KE')
  })

  it('reads arrivals in a city as a visit to its country', () => {
    const text = 'President Ferdinand Marcos Jr. arrived in Osaka on Sunday for a three-day working trip.'
    const [visit] = eventsOf(text, JP_PH, '2023-11-14').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual([key.marcos])
    expect(visit.host).toBe('country:JP')
    expect(visit.place).toBe('place:osaka')
    expect(visit.status).toBe('occurred')
  })

  it('reads "chose X as his first overseas destination" as a visit to X', () => {
    const text = 'In 2018, Abiy Ahmed chose Kenya as his first foreign destination after taking office.'
    const [visit] = eventsOf(text, KE_ET, '2023-09-01').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual([key.abiy])
    expect(visit.host).toBe('country:KE')
    expect(visit.when?.start).toBe('2018-01-01')
  })

  it('reads the verb with a plan word: "is scheduled to visit ... in Mombasa"', () => {
    const text = 'Prime Minister Abiy Ahmed is scheduled to visit and tour the port in Mombasa next week.'
    const [visit] = eventsOf(text, KE_ET, '2023-09-01').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual([key.abiy])
    expect(visit.place).toBe('place:mombasa')
    expect(visit.host).toBe('country:KE')
    expect(visit.status).toBe('planned')
  })

  it('leaves an undated visit without a time instead of guessing', () => {
    const text = 'Lula paid a working visit to Argentina, officials said.'
    const [visit] = eventsOf(text, BR_AR).filter((e) => e.type === 'visit')
    expect(visit.when).toBeNull()
  })

  it('makes a visit planned when its dates come after the day the document speaks from', () => {
    const text =
      'SYDNEY, April 2, 2024 - A visit paid to Japan by President Ferdinand Marcos Jr. on April 10-12, 2024 is seen as a chance to deepen defence ties.'
    const [visit] = eventsOf(text, JP_PH).filter((e) => e.type === 'visit')
    expect(visit.status).toBe('planned')
    expect(visit.host).toBe('country:JP')
  })

  it('welcomed X to Y is a visit of X to Y', () => {
    const text = 'On Tuesday, Alberto Fernández welcomed Luiz Inácio Lula da Silva to Argentina with military honours.'
    const visits = eventsOf(text, BR_AR, '2023-01-24').filter((e) => e.type === 'visit')
    expect(visits).toHaveLength(1)
    expect(visits[0].actors).toEqual([key.lula])
    expect(visits[0].host).toBe('country:AR')
  })

  it('reads attending a summit abroad also as a visit to the host country', () => {
    const text = 'In May, President William Ruto attended the Africa Climate Summit in Addis Ababa.'
    const events = eventsOf(text, KE_ET, '2023-09-01')
    expect(events.map((e) => e.type).sort()).toEqual(['summit', 'visit'])
    expect(events.find((e) => e.type === 'visit')?.host).toBe('country:ET')
  })

  it('reads a length written without a hyphen ("his six day visit", "a three day visit")', () => {
    const [planned] = eventsOf('Ruto spoke about trade ahead of his six day visit to Ethiopia.', KE_ET, '2024-03-01').filter((e) => e.type === 'visit')
    expect(planned?.status).toBe('planned')
    const [begun] = eventsOf('Ruto began a three day visit to Ethiopia on 4 March 2024.', KE_ET, '2024-03-05').filter((e) => e.type === 'visit')
    expect(begun?.when).toMatchObject({ start: '2024-03-04', end: '2024-03-06' })
  })

  it('takes the guest of "the first visit by ..." from the by-phrase, not from a later "since" clause', () => {
    const text = 'It was the first visit by a Kenyan president to Ethiopia since Ruto visited Addis Ababa in May 2022.'
    const visits = eventsOf(text, KE_ET, '2024-03-05').filter((e) => e.type === 'visit')
    // Ruto's own visit is read at "visited"; the noun "visit by a Kenyan president" does not take him.
    expect(visits.map((v) => [v.ruleId, v.when?.start])).toEqual([['events:visit-bare', '2022-05-01']])
  })

  it('takes the destination of "is expected in X ... on a state visit", not a place in a relative clause on the visit', () => {
    const text = 'Ruto is expected in Addis Ababa next month on a state visit that traders in Mombasa hope will open new routes.'
    const [visit] = eventsOf(text, KE_ET, '2024-03-05').filter((e) => e.type === 'visit')
    expect([visit.host, visit.status]).toEqual(['country:ET', 'planned'])
  })

  it('reads the one person of a clause "during a visit to X" as the guest, and not the host met there', () => {
    const [visit] = eventsOf('Ruto spoke to traders on Friday during a visit to Addis Ababa.', KE_ET, '2024-03-09').filter((e) => e.type === 'visit')
    expect([visit.actors, visit.host, visit.when?.start]).toEqual([[key.ruto], 'country:ET', '2024-03-08'])
    const met = eventsOf('Abiy met Ruto during a visit to Addis Ababa.', KE_ET, '2024-03-09').filter((e) => e.type === 'visit')
    expect(met.flatMap((v) => v.actors)).not.toContain(key.abiy)
  })
})
