import { describe, expect, it } from 'vitest'
import { eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

// Contact between the two sides told by a verb of speaking or of being in
// touch, and a host welcoming a guest: own sentences about several pairs.
describe('contact verbs', () => {
  it('reads "spoke to his counterpart" as talks of the two persons', () => {
    const text = 'Kenyan President William Ruto later spoke to his Ethiopian counterpart Abiy Ahmed on Tuesday about the corridor.'
    const talks = eventsOf(text, KE_ET, '2024-03-14').filter((e) => e.ruleId === 'events:contact-verb')
    expect(talks).toHaveLength(1)
    expect(talks[0].type).toBe('talks')
    expect([...talks[0].actors].sort()).toEqual(['country:ET', 'country:KE', key.abiy, key.ruto].sort())
    expect(talks[0].when?.start).toBe('2024-03-12')
  })

  it('reads two persons of two sides who spoke, both named as the subject ("X and Y spoke twice")', () => {
    const talks = eventsOf('Vieira and Cafiero spoke twice in less than a day.', BR_AR, '2023-01-10').filter((e) => e.ruleId === 'events:spoke-together')
    expect(talks.map((e) => [e.type, [...e.actors].filter((k) => k.startsWith('person:')).sort()])).toEqual([['talks', [key.vieira, key.cafiero].sort()]])
    const again = eventsOf('Ruto and Abiy spoke again on Monday.', KE_ET, '2024-03-14').find((e) => e.ruleId === 'events:spoke-together')
    expect([again?.type, again?.when?.start]).toEqual(['talks', '2024-03-11'])
    // Of one side, or about something, or to someone else: no contact between the two.
    expect(eventsOf('Lula and Vieira spoke twice on Monday.', BR_AR, '2023-01-10').filter((e) => e.ruleId === 'events:spoke-together')).toEqual([])
    expect(eventsOf('Vieira and Cafiero spoke about the pipeline.', BR_AR, '2023-01-10').filter((e) => e.ruleId === 'events:spoke-together')).toEqual([])
  })

  it('reads a courtesy call to be paid as a planned meeting', () => {
    const call = eventsOf('Kamikawa is expected to pay a courtesy call on President Marcos on Monday.', JP_PH, '2024-07-05').find((e) => e.type === 'meeting')
    expect([call?.status, [...(call?.actors ?? [])].filter((k) => k.startsWith('person:')).sort()]).toEqual(['planned', [key.marcos, key.kamikawa].sort()])
  })

  it('reads a call when the sentence says by phone, and a plan when it says will', () => {
    const call = eventsOf('Kamikawa spoke by phone with Manalo on Monday.', JP_PH, '2023-11-08').find(
      (e) => e.ruleId === 'events:contact-verb' || e.type === 'phone_call',
    )
    expect(call?.type).toBe('phone_call')
    const planned = eventsOf('Lula will speak with Fernández next week about the pipeline.', BR_AR, '2023-01-10').find(
      (e) => e.ruleId === 'events:contact-verb',
    )
    expect(planned?.status).toBe('planned')
  })

  it('reads a side named only by its country: "had been in touch with her Filipino counterpart"', () => {
    const text = 'Japan said Kamikawa had been in touch with her Filipino counterpart on Sunday.'
    const talks = eventsOf(text, JP_PH, '2023-11-08').find((e) => e.ruleId === 'events:contact-verb')
    expect([...(talks?.actors ?? [])].sort()).toEqual(['country:JP', 'country:PH', key.kamikawa].sort())
  })

  it('leaves speaking to reporters, or talking about someone, alone', () => {
    expect(eventsOf('Ruto spoke to reporters in Nairobi on Tuesday.', KE_ET, '2024-03-14').filter((e) => e.ruleId === 'events:contact-verb')).toEqual([])
    expect(eventsOf('Ruto talked about Abiy at length on Tuesday.', KE_ET, '2024-03-14').filter((e) => e.ruleId === 'events:contact-verb')).toEqual([])
  })
})

describe('a host welcoming a guest', () => {
  it('reads "X welcomed Y at the palace" and "X greeted Y on arrival" as a meeting of the two', () => {
    // The demonym names Brazil, which Lula acts for; the second names no country.
    const cases: [string, string[]][] = [
      ['Fernández welcomed Brazilian President Lula at the Casa Rosada on Monday.', ['country:BR', key.fernandez, key.lula]],
      ['Fernández greeted Lula on arrival in Buenos Aires on Monday.', [key.fernandez, key.lula]],
    ]
    for (const [text, actors] of cases) {
      const meeting = eventsOf(text, BR_AR, '2023-01-24').find((e) => e.ruleId === 'events:welcome')
      expect(meeting?.type).toBe('meeting')
      expect([...(meeting?.actors ?? [])].sort()).toEqual(actors.sort())
    }
  })

  it("leaves welcoming a person's remarks alone", () => {
    expect(eventsOf("Fernández welcomed Lula's remarks on Monday.", BR_AR, '2023-01-24').filter((e) => e.ruleId === 'events:welcome')).toEqual([])
  })
})

describe('an agreement to meet', () => {
  it('reads "agreed to hold a meeting" as one planned meeting (CAMEO 036), not an agreement', () => {
    const text = 'Ruto arrived in Addis Ababa on Monday. The two leaders agreed to hold a bilateral meeting in Mombasa next month.'
    const events = eventsOf(text, KE_ET, '2024-03-14').filter((e) => e.type !== 'visit')
    expect(events.map((e) => [e.type, e.cameo, e.status])).toEqual([['meeting', '036', 'planned']])
    expect(events[0].when?.start).toBe('2024-04-01')
  })

  it('reads "agreed to resume talks" as planned talks, and "agreed to cut tariffs" still as an agreement', () => {
    expect(eventsOf('Kenya and Ethiopia agreed to resume talks on the corridor.', KE_ET, '2024-03-14').map((e) => [e.type, e.status])).toEqual([
      ['talks', 'planned'],
    ])
    expect(eventsOf('Kenya and Ethiopia agreed to cut tariffs on tea.', KE_ET, '2024-03-14').map((e) => e.type)).toEqual(['agreement'])
  })
})
