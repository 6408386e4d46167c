import { describe, expect, it } from 'vitest'
import { country, eventsOf, org, person, place } from './helpers.js'
import { BR_AR, JP_PH, KE_ET } from './fixtures.js'

const ruto = 'person:william ruto'
const abiy = 'person:abiy ahmed'
const lula = 'person:luiz inacio lula da silva'
const fernandez = 'person:alberto fernandez'
const kamikawa = 'person:yoko kamikawa'
const manalo = 'person:enrique manalo'

const withType = (events: ReturnType<typeof eventsOf>, type: string) => events.filter((e) => e.type === type)

describe('who a description names beside the persons named', () => {
  it('reads "X met the Argentine president" as a meeting of X and the holder of that title', () => {
    const events = eventsOf('Fernández hosted a dinner on Sunday. On Monday Lula met with the Argentine president at the Casa Rosada.', BR_AR, '2023-01-24')
    const meeting = withType(events, 'meeting')
    expect(meeting).toHaveLength(1)
    expect(meeting[0].actors).toEqual(expect.arrayContaining([lula, fernandez]))
  })

  it('takes a capitalized nationality before the title', () => {
    const events = eventsOf('Manalo flew to Osaka on Friday. Kamikawa met with the Filipino Foreign Secretary on Saturday.', JP_PH, '2023-11-05')
    const meeting = withType(events, 'meeting')
    expect(meeting[0]?.actors).toEqual(expect.arrayContaining([kamikawa, manalo]))
  })

  it('takes a two-word nationality before the title ("the South Korean foreign minister")', () => {
    const KR_JP = [
      country('KR', 'South Korea', 'South Korean', 'Seoul'),
      country('JP', 'Japan', 'Japanese', 'Tokyo'),
      person('Park Jin', 'KR', ['Foreign Minister'], ['Park']),
      person('Yoshimasa Hayashi', 'JP', ['Foreign Minister'], ['Hayashi']),
    ]
    const events = eventsOf('Park flew to Tokyo on Sunday. On Monday Hayashi met with the South Korean foreign minister in Tokyo.', KR_JP, '2023-03-07')
    const meeting = withType(events, 'meeting')
    expect(meeting[0]?.actors).toEqual(expect.arrayContaining(['person:park jin', 'person:yoshimasa hayashi']))
  })

  it('reads a plural title "of the two countries" without an article', () => {
    const events = eventsOf(
      'Lula and Fernández spoke by phone on Friday. Amid a row over tariffs, presidents of the two countries met in Rio de Janeiro on Monday.',
      BR_AR,
      '2023-11-07',
    )
    const meeting = withType(events, 'meeting')
    expect(meeting[0]?.actors).toEqual(expect.arrayContaining([lula, fernandez]))
  })
})

describe('a subject pronoun beside a named person', () => {
  it('reads "He will also meet Y" as a meeting of the pronoun person and Y', () => {
    const events = eventsOf('Ruto will travel to Ethiopia next week. He will also meet Abiy in Addis Ababa.', KE_ET, '2024-03-05')
    const meeting = withType(events, 'meeting')
    expect(meeting[0]?.actors).toEqual(expect.arrayContaining([ruto, abiy]))
  })

  it('reads "he" as the subject of the sentence before, not the latest name read', () => {
    const text = 'On Monday, Ruto thanked Mudavadi for his work. He later spoke to Abiy by phone.'
    const call = eventsOf(text, KE_ET, '2024-03-05').find((e) => e.type === 'talks' || e.type === 'phone_call')
    expect(call?.actors).toEqual(expect.arrayContaining([ruto, abiy]))
    expect(call?.actors).not.toContain('person:musalia mudavadi')
  })

  it('looks past a fronted phrase and a possessive for that subject', () => {
    const text = 'After Abiy’s speech, Ruto said Kenya would help. He later spoke to Mudavadi by phone.'
    const call = eventsOf(text, KE_ET, '2024-03-05').find((e) => e.type === 'talks' || e.type === 'phone_call')
    expect(call?.actors).toContain(ruto)
    expect(call?.actors).not.toContain(abiy)
  })

  it('never makes the speaker of "He said, ..." a participant', () => {
    const events = eventsOf('Mudavadi briefed reporters. He said, "Ruto is scheduled to visit Ethiopia on Monday."', KE_ET, '2024-03-01')
    const visit = withType(events, 'visit')
    expect(visit).toHaveLength(1)
    expect(visit[0].actors).toContain(ruto)
    expect(visit[0].actors).not.toContain('person:musalia mudavadi')
  })
})

describe('the sides at the table', () => {
  it('reads "During the meeting, the sides discussed" as talks of the persons who met', () => {
    const text =
      'Kenyan President Ruto held talks with Ethiopian Prime Minister Abiy in Addis Ababa on Monday. During the meeting, the sides discussed cooperation in trade and water.'
    const discussed = eventsOf(text, KE_ET, '2024-03-05').find((e) => text.slice(e.trigger.start, e.trigger.end) === 'discussed')
    expect(discussed?.actors).toEqual(expect.arrayContaining([ruto, abiy, 'country:KE', 'country:ET']))
  })

  it('keeps "localities of the two sides signed agreements" to the countries, even during the visit', () => {
    const text =
      'Kenyan President Ruto held talks with Ethiopian Prime Minister Abiy in Addis Ababa on Monday. During the visit, ministries and localities of the two sides signed agreements.'
    const signed = eventsOf(text, KE_ET, '2024-03-05').find((e) => text.slice(e.trigger.start, e.trigger.end).startsWith('signed'))
    expect(signed).toBeDefined()
    expect(signed!.actors.filter((a) => a.startsWith('person:'))).toEqual([])
  })

  it('keeps "the two sides continued negotiations at expert level" to the countries', () => {
    const text =
      'Kenyan President Ruto held talks with Ethiopian Prime Minister Abiy in Addis Ababa on Monday. The two sides continued to hold negotiations on trade at expert level.'
    const negotiations = eventsOf(text, KE_ET, '2024-03-05').find((e) => text.slice(e.trigger.start, e.trigger.end) === 'negotiations')
    expect([...(negotiations?.actors ?? [])].sort()).toEqual(['country:ET', 'country:KE'])
  })
})

describe('a capital standing for its government', () => {
  const KE_UG = [
    country('KE', 'Kenya', 'Kenyan'),
    country('UG', 'Uganda', 'Ugandan'),
    place('Nairobi', 'KE'),
    place('Kampala', 'UG'),
    org('East African Community', undefined),
  ]
  const opening = 'Kenya and Uganda have quarrelled over fishing rights for years. '

  it('reads "Nairobi and Kampala held talks" as talks of the two countries', () => {
    const talks = withType(eventsOf(`${opening}Nairobi and Kampala held talks under the East African Community on Tuesday.`, KE_UG, '2024-05-09'), 'talks')
    expect(talks[0]?.actors).toEqual(expect.arrayContaining(['country:KE', 'country:UG']))
  })

  it('reads who accused whom from capitals ("Nairobi accused Kampala of ...")', () => {
    const accusation = withType(eventsOf(`${opening}Nairobi accused Kampala on Monday of seizing its boats.`, KE_UG, '2024-05-09'), 'accusation')
    expect(accusation[0]?.sourceActors).toEqual(['country:KE'])
    expect(accusation[0]?.targetActors).toEqual(['country:UG'])
  })

  it('keeps a capital after "in" or "to" as the place, not a side', () => {
    const talks = withType(eventsOf(`${opening}Kenyan officials held talks in Kampala on Tuesday.`, KE_UG, '2024-05-09'), 'talks')
    expect(talks[0]?.actors).toContain('country:KE')
    expect(talks[0]?.actors).not.toContain('country:UG')
  })

  it('does not read a dateline capital as a side', () => {
    const text = `NAIROBI, May 8 (Reuters) - ${opening}Kenya accused Uganda on Monday of seizing its boats.`
    const accusation = withType(eventsOf(text, KE_UG, '2024-05-09'), 'accusation')
    expect(accusation[0]?.sourceActors).toEqual(['country:KE'])
  })
})

describe('the subject of a subordinate clause', () => {
  it('reads the actor of "when X attacked" after the conjunction, not the main subject', () => {
    const KE_UG = [country('KE', 'Kenya', 'Kenyan'), country('UG', 'Uganda', 'Ugandan')]
    const text = 'Kenya and Uganda restored the trade links they had cut in 2019 when gunmen from Uganda attacked a Kenyan border post.'
    const attack = eventsOf(text, KE_UG, '2024-05-09').find((e) => e.type === 'military_action' || e.type === 'incident')
    expect(attack?.sourceActors).toEqual(['country:UG'])
  })

  it('keeps the object of a coordinated accusation out of its source, though the clause before named it', () => {
    const text = 'Fernández has said his party is ready to help Brazil’s striking truckers, and has accused Brazil of dumping steel.'
    const accusation = withType(eventsOf(text, BR_AR, '2023-01-24'), 'accusation')
    expect(accusation.map((e) => [e.sourceActors, e.targetActors])).toEqual([[[fernandez, 'country:AR'], ['country:BR']]])
  })

  it('reads "after meeting X, Y said" as a meeting of X and the subject after the comma, and no meeting in "after meeting expectations"', () => {
    const met = withType(
      eventsOf('After meeting Ethiopian Prime Minister Abiy Ahmed, President William Ruto said the talks were candid.', KE_ET, '2024-03-05'),
      'meeting',
    )
    expect(met.map((e) => [...e.actors].sort())).toEqual([expect.arrayContaining([abiy, ruto])])
    expect(withType(eventsOf('After meeting expectations, Kenya grew faster than Ethiopia.', KE_ET, '2024-03-05'), 'meeting')).toEqual([])
  })
})

describe('an envoy named by title and country', () => {
  const FR_ML = [country('FR', 'France', 'French'), country('ML', 'Mali', 'Malian'), person('Joel Meyer', 'FR', ['Ambassador'])]
  it('reads "the French ambassador" and "the top French envoy" as the ambassador the story named', () => {
    const text =
      'French Ambassador Joel Meyer arrived in Bamako in 2021. Mali expelled the French ambassador on Monday. Days later, Mali summoned the top French envoy again.'
    const events = eventsOf(text, FR_ML, '2022-01-31')
    expect(withType(events, 'expulsion')[0]?.actors).toContain('person:joel meyer')
    expect(withType(events, 'protest')[0]?.actors).toContain('person:joel meyer')
  })
})
