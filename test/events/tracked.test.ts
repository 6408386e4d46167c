import { describe, expect, it } from 'vitest'
import { country, eventsOf, person, place } from './helpers.js'
import { JP_PH, key } from './fixtures.js'

const CN_PH = [
  country('CN', 'China', 'Chinese', 'Beijing'),
  country('PH', 'the Philippines', 'Philippines', 'Philippine', 'Manila'),
  person('Enrique Manalo', 'PH', ['Foreign Secretary'], ['Manalo']),
  person('Ferdinand Marcos Jr.', 'PH', ['President'], ['Marcos']),
  place('Scarborough Shoal', 'PH'),
]

describe('events analysts also track', () => {
  it('reads a diplomatic protest and the incident at sea behind it', () => {
    const text =
      'The Philippines lodged a strong protest with China on Tuesday after Chinese coast guard ships fired water cannon at Philippine boats near Scarborough Shoal.'
    const events = eventsOf(text, CN_PH, '2023-12-12')
    expect(events.map((e) => e.type).sort()).toEqual(['incident', 'protest'])
    const protest = events.find((e) => e.type === 'protest')!
    expect([...protest.actors].sort()).toEqual(['country:CN', 'country:PH'])
    expect(protest.plover).toBe('ACCUSE')
    expect(protest.when?.start).toBe('2023-12-12')
  })

  it("reads accusations and exercises: joint ones as military cooperation (CAMEO 062), one side's as a show of force (150)", () => {
    const text =
      'China accused the Philippines of provocation. The Philippines and Japan will hold joint naval exercises next month. China held naval drills near the Philippines.'
    const events = eventsOf(text, [...CN_PH, country('JP', 'Japan')], '2023-12-12')
    expect(events.map((e) => [e.type, e.cameo])).toEqual([
      ['accusation', '112'],
      ['cooperation', '062'],
      ['military_action', '150'],
    ])
  })

  it('reads "set to travel to X for a state visit" as a planned visit of the subject', () => {
    const text = 'President Ferdinand Marcos Jr. is set to travel to Beijing in January for a state visit, his office said.'
    const [visit] = eventsOf(text, CN_PH, '2023-12-12').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual(['person:ferdinand marcos jr'])
    expect(visit.host).toBe('country:CN')
    expect(visit.status).toBe('planned')
  })

  it('does not take the status of a main verb for a visit in a "during" phrase', () => {
    const text = 'Japan pledged to fund a new railway in the Philippines during Kishida’s previous visit in November 2023.'
    const [visit] = eventsOf(text, JP_PH, '2024-03-01').filter((e) => e.type === 'visit')
    expect(visit.actors).toEqual([key.kishida, 'country:JP'])
    expect(visit.status).toBe('occurred')
  })

  it('does not count "the two leaders" as a number of calls', () => {
    const text = 'Marcos and Kishida met in Tokyo in December. The two leaders also spoke by phone in January.'
    const [call] = eventsOf(text, JP_PH, '2024-03-01').filter((e) => e.type === 'phone_call')
    expect(call.count).toBeNull()
  })
})

describe('pronouns and home countries', () => {
  const RU_KZ = [
    country('RU', 'Russia', 'Russian'),
    country('KZ', 'Kazakhstan', 'Kazakh'),
    person('Vladimir Putin', 'RU', ['President'], ['Putin']),
    person('Kassym-Jomart Tokayev', 'KZ', ['President'], ['Tokayev']),
  ]

  it('reads "his" after the subject as the subject, and never a visit to the guest’s own country', () => {
    const text = 'Putin conferred the Order of Friendship on Tokayev in November 2023 during his state visit to Kazakhstan.'
    const events = eventsOf(text, RU_KZ, '2024-06-05')
    const visit = events.find((e) => e.type === 'visit')!
    expect(visit.actors).toEqual(['person:vladimir putin'])
    expect(visit.host).toBe('country:KZ')
    expect(events.find((e) => e.type === 'award')?.actors).toEqual(['person:vladimir putin', 'person:kassym jomart tokayev', 'country:KZ'])
  })
})
