import { describe, expect, it } from 'vitest'
import { eventsOf, person } from './helpers.js'
import { BR_AR, JP_PH, KE_ET } from './fixtures.js'

describe('no false events', () => {
  it('finds nothing in words that only look like events', () => {
    const texts = [
      'Visitors from Japan queued for visas outside the meeting room in Manila.',
      'The number of Filipino visitors to Japan rose by 20 percent.',
      'Kishida was the first foreign leader to visit the Philippines after the election.',
      'The plan meets the needs of fishermen in the Philippines.',
      'Marcos said that his government is ready to provide more support to fishermen.',
    ]
    for (const text of texts) expect(eventsOf(text, JP_PH, '2024-01-01'), text).toEqual([])
  })

  it('does not read a promise recalled as a planned visit', () => {
    const text = 'Lula said he had kept his promise to Fernández that he would visit Argentina first.'
    expect(eventsOf(text, BR_AR).filter((e) => e.type === 'visit')).toEqual([])
  })

  it('does not read generic references to visits or past agreements as events', () => {
    const text = 'The two countries have maintained high-level visits and implemented the agreements signed between the two sides.'
    expect(eventsOf(text, KE_ET)).toEqual([])
  })

  it('does not read a minister joining the meeting already told as a new meeting', () => {
    const text = 'Ruto held a meeting with Abiy in Addis Ababa on 4 March 2024. Trade minister Rebecca Miano will later join the meeting.'
    const meetings = eventsOf(text, [...KE_ET, person('Rebecca Miano', 'KE')], '2024-03-04').filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(1)
  })

  it('ignores photo captions', () => {
    const text = 'President Ruto (R) and Prime Minister Abiy Ahmed hold talks in Nairobi. Photo: KNA'
    expect(eventsOf(text, KE_ET)).toEqual([])
  })

  it('reads an attended annual meeting as a summit, not as a meeting', () => {
    const text = 'In June, Prime Minister Fumio Kishida attended the Annual Meeting of the New Champions in Davao.'
    const types = eventsOf(text, JP_PH, '2023-09-01').map((e) => e.type)
    expect(types).toContain('summit')
    expect(types).not.toContain('meeting')
  })

  it('reports a headline that restates the body once, from the body', () => {
    const text = 'Ruto visits Ethiopia\nPresident William Ruto paid a state visit to Ethiopia on Monday.'
    const visits = eventsOf(text, KE_ET, '2024-02-28').filter((e) => e.type === 'visit')
    expect(visits).toHaveLength(1)
  })
})

describe('no false events in everyday news words', () => {
  it('reads no event from exports, tourists, companies, students or rooms', () => {
    const text = [
      'Japan’s exports to the Philippines rose in May, meeting the demand of factories.',
      'Many tourists visited Osaka during the holiday, and visitors from the Philippines made up a third of arrivals.',
      'The company signed a contract with a local supplier, its director said.',
      'Students who attended the forum at a university in Davao discussed climate change.',
      'The meeting room was full of reporters.',
    ].join(' ')
    expect(eventsOf(text, JP_PH, '2024-06-01')).toEqual([])
  })

  it('reads failing to get a meeting as no meeting', () => {
    const text = 'Ruto, who was criticised for failing to secure a meeting with Abiy in Addis Ababa, flew home. Kenya and Ethiopia are neighbours.'
    expect(eventsOf(text, KE_ET, '2024-06-03').filter((e) => e.type === 'meeting')).toEqual([])
  })

  it('reads no new visit from a demonstrative back-reference or a visit that starts something else', () => {
    const text =
      'Kenya and Ethiopia held talks in Nairobi on Monday. This visit starts a new chapter for the corridor. The trip begins a new phase, officials said.'
    expect(eventsOf(text, KE_ET, '2024-06-04').filter((e) => e.type === 'visit')).toEqual([])
  })
})

describe('how far a negation reaches', () => {
  it('does not negate talks in an adjunct after the negated verb ("failed to reach a deal after three days of talks")', () => {
    const talks = eventsOf('Kenya and Ethiopia failed to reach a deal on the border after three days of talks.', KE_ET, '2024-03-12').find(
      (e) => e.type === 'talks',
    )
    expect(talks).toBeDefined()
    expect(talks?.modality ?? 'asserted').toBe('asserted')
    expect(eventsOf('Kenya and Ethiopia did not hold talks after the attack.', KE_ET, '2024-03-12').filter((e) => e.type === 'talks')).toEqual([])
  })
})
