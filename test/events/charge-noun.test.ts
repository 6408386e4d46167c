import { describe, expect, it } from 'vitest'
import { country, eventsOf, person } from './helpers.js'

const GY_VE = [country('GY', 'Guyana', 'Guyanese', 'Georgetown'), country('VE', 'Venezuela', 'Venezuelan', 'Caracas')]
const MA_DZ = [country('MA', 'Morocco', 'Moroccan', 'Rabat'), country('DZ', 'Algeria', 'Algerian', 'Algiers')]
const PE_BO = [country('PE', 'Peru', 'Peruvian', 'Lima'), country('BO', 'Bolivia', 'Bolivian'), person('Ana Quispe', 'PE', ['foreign minister'])]
const EE_RU = [country('EE', 'Estonia', 'Estonian', 'Tallinn'), country('RU', 'Russia', 'Russian', 'Moscow')]

/** Accusations in `text` with their source and target, read against a day in 2025. */
const charges = (text: string, entities: Parameters<typeof eventsOf>[1]) =>
  eventsOf(text, entities, '2025-03-12')
    .filter((e) => e.type === 'accusation')
    .map((e) => ({ source: [...(e.sourceActors ?? [])].sort(), target: [...(e.targetActors ?? [])].sort(), cameo: e.cameo }))

describe('charges named as what an act is (violation, interference, aggression)', () => {
  it("reads a violation of the wronged side's sovereignty, the doer named before it", () => {
    expect(charges("Georgetown said the incursion by Venezuelan navy vessels was a flagrant violation of Guyana's sovereignty.", GY_VE)).toEqual([
      { source: ['country:GY'], target: ['country:VE'], cameo: '112' },
    ])
  })

  it('reads interference in internal affairs, the doer inside the charge and the speaker after the quotation', () => {
    expect(
      charges('"The open interference of the Algerian government in the internal affairs of Morocco cannot be tolerated," the Moroccan ministry said.', MA_DZ),
    ).toEqual([{ source: ['country:MA'], target: ['country:DZ'], cameo: '112' }])
    expect(charges("Lima said the remarks by Bolivia's president amounted to interference in Peru's internal affairs.", PE_BO)).toEqual([
      { source: ['country:PE'], target: ['country:BO'], cameo: '112' },
    ])
  })

  it('gives an act that names no doer to the other side of a two-country story', () => {
    const text = 'Estonia and Russia traded notes on Tuesday. Tallinn said the airspace intrusion amounted to an act of aggression against Estonia.'
    expect(charges(text, EE_RU)).toEqual([{ source: ['country:EE'], target: ['country:RU'], cameo: '112' }])
  })

  it('reads no charge that is denied, or one that is the complement of a verb of blaming', () => {
    expect(charges("Georgetown said the passage of Venezuelan vessels was not a violation of Guyana's sovereignty.", GY_VE)).toEqual([])
    // Read by the lexicon's "condemned ... as", once.
    expect(charges("Peru's foreign minister Ana Quispe condemned Bolivia's statement as interference in Peru's internal affairs.", PE_BO)).toHaveLength(1)
  })
})
