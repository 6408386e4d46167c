import { describe, expect, it } from 'vitest'
import { country, eventsOf } from './helpers.js'

const SG_ID = [country('SG', 'Singapore', 'Singaporean'), country('ID', 'Indonesia', 'Indonesian', 'Jakarta')]
const TR_GR = [country('TR', 'Turkey', 'Turkish', 'Ankara'), country('GR', 'Greece', 'Greek', 'Athens')]
const BR_AR = [country('BR', 'Brazil', 'Brazilian', 'Brasilia'), country('AR', 'Argentina', 'Argentine', 'Buenos Aires')]
const NO_RU = [country('NO', 'Norway', 'Norwegian', 'Oslo'), country('RU', 'Russia', 'Russian', 'Moscow')]

/** Threats in `text` with who warns whom, read against a day in 2025. */
const threats = (text: string, entities: Parameters<typeof eventsOf>[1]) =>
  eventsOf(text, entities, '2025-06-04')
    .filter((e) => e.type === 'threat')
    .map((e) => ({ source: [...(e.sourceActors ?? [])].sort(), target: [...(e.targetActors ?? [])].sort(), status: e.status }))

describe('a response promised without a condition (a threat, CAMEO 13)', () => {
  it('reads "will not hesitate to take firm action", the other side of the story warned', () => {
    const text = 'Singapore and Indonesia disagree over the strait. Singapore will not hesitate to take firm action against intrusions into its waters.'
    expect(threats(text, SG_ID)).toEqual([{ source: ['country:SG'], target: ['country:ID'], status: 'occurred' }])
  })

  it('reads "will take all measures necessary to protect", the side that vows named after the verb of saying', () => {
    const text = 'The ministry in Athens said Greece will take all measures necessary to protect its sovereign rights against Turkey.'
    expect(threats(text, TR_GR)).toEqual([{ source: ['country:GR'], target: ['country:TR'], status: 'occurred' }])
  })

  it('reads "will not go unanswered", "all options are on the table" and "reserves the right to respond"', () => {
    expect(threats("Argentina's seizure of the trawler will not go unanswered, the Brazilian minister said.", BR_AR)).toEqual([
      { source: ['country:BR'], target: ['country:AR'], status: 'occurred' },
    ])
    expect(threats('Norway said all options are on the table after Russia closed the fishing zone.', NO_RU)).toEqual([
      { source: ['country:NO'], target: ['country:RU'], status: 'occurred' },
    ])
    expect(threats("Turkey reserves the right to respond to Greece's deployment on the islands.", TR_GR)).toEqual([
      { source: ['country:TR'], target: ['country:GR'], status: 'occurred' },
    ])
  })

  it('reads no measure already taken, and no vow about no other side', () => {
    expect(threats('Brazil took firm measures against Argentine trawlers last year.', BR_AR)).toEqual([])
    const domestic = [country('BR', 'Brazil', 'Brazilian', 'Brasilia')]
    expect(threats('Brazil will take all necessary steps to protect its farmers from the drought.', domestic)).toEqual([])
  })
})
