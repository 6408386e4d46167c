import { describe, expect, it } from 'vitest'
import { eventStage } from '../../src/events/stage.js'
import { contextFor, country, person, type FakeEntity } from './helpers.js'

// Readings that used to come out as friendly or occurred events.
const WORLD: FakeEntity[] = [
  country('EG', 'Egypt', 'Egyptian', 'Cairo'),
  country('ET', 'Ethiopia', 'Ethiopian', 'Addis Ababa'),
  country('VE', 'Venezuela', 'Venezuelan', 'Caracas'),
  country('GY', 'Guyana', 'Guyanese', 'Georgetown'),
  country('SN', 'Senegal', 'Senegalese', 'Dakar'),
  country('GM', 'Gambia', 'Gambian', 'Banjul'),
  country('KH', 'Cambodia', 'Cambodian', 'Phnom Penh'),
  country('TH', 'Thailand', 'Thai', 'Bangkok'),
  person('Lina Haddad', 'EG', ['Foreign Minister'], ['Haddad']),
  person('Tesfaye Bekele', 'ET', ['Foreign Minister'], ['Bekele']),
]

function run(text: string) {
  const ctx = contextFor(text, WORLD, '2024-03-10')
  eventStage.run(ctx)
  return { events: ctx.events, unasserted: ctx.unassertedEvents }
}

describe('strain readings that are not cooperation', () => {
  it('reads "would be met with a response" as no meeting', () => {
    for (const text of [
      'Any incursion would be met with a firm response, Venezuela told Guyana on Monday.',
      'The proposal was met with protests in Cairo, where officials called it a threat to Egypt.',
    ]) {
      expect(
        run(text).events.filter((e) => e.type === 'meeting'),
        text,
      ).toEqual([])
    }
  })

  it('still reads a passive meeting with a person', () => {
    const { events } = run('Lina Haddad was met with Tesfaye Bekele in Addis Ababa on Sunday.')
    expect(events.map((e) => e.type)).toContain('meeting')
  })

  it('keeps an agreement that is the condition of a sentence out of the events', () => {
    const text = 'If no agreement is reached on the dam, Egypt will take the dispute to the Security Council.'
    const { events, unasserted } = run(text)
    expect(events.filter((e) => e.type === 'agreement')).toEqual([])
    expect(unasserted.filter((e) => e.type === 'agreement').map((e) => e.modality)).toEqual(['hypothetical'])
  })

  it('reads "no agreement was reached" as negated', () => {
    const { events, unasserted } = run('Ethiopia and Egypt met in Cairo on Saturday, but no agreement was reached on the filling of the dam.')
    expect(events.filter((e) => e.type === 'agreement')).toEqual([])
    expect(unasserted.filter((e) => e.type === 'agreement').map((e) => e.modality)).toEqual(['negated'])
  })

  it('codes ties severed in the past as breaking relations (161), not as a milestone', () => {
    for (const text of [
      'Senegal severed diplomatic ties with Gambia in 1981 after the coup attempt.',
      'Thailand broke off diplomatic relations with Cambodia in 2003 over the riots in Phnom Penh.',
    ]) {
      const events = run(text).events
      expect(
        events.filter((e) => e.type === 'relations_milestone'),
        text,
      ).toEqual([])
      const cut = events.find((e) => e.cameo === '161')
      expect(cut, text).toBeDefined()
    }
  })

  it('still reads relations established in the past as a milestone', () => {
    const events = run('Senegal and Gambia established diplomatic relations in 1965.').events
    expect(events.map((e) => e.cameo)).toContain('054')
  })
})

describe('a call on a day is no appeal', () => {
  it('reads "held a telephone call on Thursday to discuss" as no appeal', () => {
    const text = 'Lina Haddad and Tesfaye Bekele held a telephone call on Thursday to discuss the dam.'
    expect(run(text).events.filter((e) => e.cameo.startsWith('02'))).toEqual([])
  })
})
