import { describe, expect, it } from 'vitest'
import { country, eventsOf, person, place } from './helpers.js'

const ZM_ZW = [country('ZM', 'Zambia'), country('ZW', 'Zimbabwe'), place('Livingstone', 'ZM')]
const LA_TH = [
  country('LA', 'Laos', 'Lao'),
  country('TH', 'Thailand', 'Thai'),
  person('Somchai Vong', 'LA', ['energy minister']),
  person('Prayut Nakorn', 'TH', ['energy minister']),
]
const RU_MN = [
  country('RU', 'Russia', 'Russian'),
  country('MN', 'Mongolia', 'Mongolian'),
  person('Sergei Volkov', 'RU', ['foreign minister']),
  person('Bat Ganbold', 'MN', ['foreign minister']),
]
const NP_IN = [country('NP', 'Nepal'), country('IN', 'India')]

describe('agreements in more forms', () => {
  it('reads "agreed at a meeting in X on Wednesday to" as an agreement, the sitting skipped over', () => {
    const text = 'Zambia and Zimbabwe agreed at a meeting in Livingstone on Wednesday to speed up the construction of a hydropower dam.'
    const agreements = eventsOf(text, ZM_ZW, '2019-06-27').filter((e) => e.type === 'agreement')
    expect(agreements).toHaveLength(1)
    expect([...agreements[0].actors].sort()).toEqual(['country:ZM', 'country:ZW'])
  })

  it('reads a gerund after a comma ("held talks, agreeing to raise") as an agreement, but not "before agreeing to"', () => {
    const held = 'Somchai Vong and Prayut Nakorn held talks in Vientiane on Monday, agreeing to raise Thai purchases of Lao electricity.'
    expect(eventsOf(held, LA_TH, '2016-03-22').filter((e) => e.type === 'agreement')).toHaveLength(1)
    const before = 'Before agreeing to restore air links, Laos wants Thailand to lift its new visa fees.'
    expect(eventsOf(before, LA_TH, '2016-03-22').filter((e) => e.type === 'agreement')).toHaveLength(0)
  })

  it('reads "the ministers" as the two ministers of the story, so their signing has actors', () => {
    const text =
      'Russian Foreign Minister Sergei Volkov met his Mongolian counterpart Bat Ganbold in Ulaanbaatar on Monday. ' +
      'The ministers signed a plan of consultations between their ministries.'
    const [agreement] = eventsOf(text, RU_MN, '2016-04-12').filter((e) => e.type === 'agreement')
    expect(agreement).toBeDefined()
    expect(agreement.actors).toEqual(expect.arrayContaining(['person:sergei volkov', 'person:bat ganbold']))
  })

  it('reads an exchange of memorandums or MoUs as a counted signing', () => {
    const text = 'Nepal and India exchanged seven MoUs on energy and railways on Friday.'
    const [agreement] = eventsOf(text, NP_IN, '2024-06-23').filter((e) => e.type === 'agreement')
    expect(agreement.count).toBe(7)
    const memorandums = 'Nepal and India witnessed the exchange of three memorandums of understanding.'
    expect(eventsOf(memorandums, NP_IN, '2024-06-23').filter((e) => e.type === 'agreement')).toHaveLength(1)
  })
})
