import { describe, expect, it } from 'vitest'
import { country, eventsOf, person } from './helpers.js'

const AO_NA = [country('AO', 'Angola', 'Angolan'), country('NA', 'Namibia', 'Namibian'), person('Joao Mendes', 'AO', ['energy minister'])]
const CO_PE = [country('CO', 'Colombia', 'Colombian'), country('PE', 'Peru', 'Peruvian')]
const BO_CL = [country('BO', 'Bolivia', 'Bolivian'), country('CL', 'Chile', 'Chilean')]

const intents = (text: string, entities: Parameters<typeof eventsOf>[1]) =>
  eventsOf(text, entities, '2023-05-10').filter((e) => e.type === 'statement' && e.cameo.startsWith('03'))

describe('undertakings toward the other side (CAMEO 03)', () => {
  it('reads "stood ready to supply", "was ready to restore", "offered to share" with the other side named', () => {
    const ready = intents('Energy Minister Joao Mendes said Angola stood ready to supply electricity to northern Namibia from 2024.', AO_NA)
    expect(ready).toHaveLength(1)
    expect(ready[0].sourceActors).toContain('country:AO')
    expect(ready[0].targetActors).toEqual(['country:NA'])
    expect(intents('Bolivia said on Tuesday it was ready to restore diplomatic relations with Chile.', BO_CL)).toHaveLength(1)
    expect(intents('Colombia offered to share intelligence with Peru on gang leaders who fled south.', CO_PE)).toHaveLength(1)
  })

  it('reads a pledge in a gerund clause after a signing', () => {
    const text = 'Colombia and Peru signed the protocol on Monday, pledging to finish marking their river border by 2025.'
    expect(intents(text, CO_PE)).toHaveLength(1)
  })

  it('leaves the present stance of a quoted statement ("is ready to") to the narrower complements', () => {
    expect(intents('"Bolivia is ready to import more gas from Chile," the minister said.', BO_CL)).toHaveLength(0)
  })

  it('leaves hostile undertakings, noun complements and one-sided ones alone', () => {
    expect(intents('Bolivia said it was ready to retaliate against Chile.', BO_CL)).toHaveLength(0)
    expect(intents('Bolivia is committed to the dialogue with Chile.', BO_CL)).toHaveLength(0)
    expect(intents('Bolivia pledged to build more schools in its highlands.', BO_CL)).toHaveLength(0)
  })
})
