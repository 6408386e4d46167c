import { describe, expect, it } from 'vitest'
import { eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

// Event-time attribution (src/events/refiners/event-time.ts): own clause,
// then the clause around it, then the enclosing event, then the article's
// date; each event records which one dated it.
describe('event-time attribution', () => {
  it('dates by the article an event whose sentence names a former office-holder, and leaves recounted background undated', () => {
    const asylum = eventsOf('Kenya granted asylum to a former Ethiopian minister.', KE_ET, '2024-03-07').find((e) => e.type === 'aid')
    expect(asylum?.whenBasis).toBe('article')
    const past = eventsOf('Kenya and Ethiopia held talks, as they had done in former times.', KE_ET, '2024-03-07').find((e) => e.type === 'talks')
    expect(past).toBeDefined()
    expect(past?.when ?? null).toBeNull()
  })

  it('does not date an event by a year that describes another noun ("its own 1979 map"), but does by the occasion\'s year', () => {
    const held = eventsOf("In talks with Ethiopia, Kenya said the border now lies beyond even Ethiopia's own 1979 map.", KE_ET, '2024-03-07').find(
      (e) => e.type === 'talks',
    )
    expect(held?.when?.start).not.toBe('1979-01-01')
    const summit = eventsOf('Kenya and Ethiopia held talks at the 2023 Nairobi summit.', KE_ET, '2024-03-07').find((e) => e.type === 'talks')
    expect(summit?.when).toMatchObject({ start: '2023-01-01' })
  })

  it('reads "the coming visit" as planned', () => {
    const visit = eventsOf(
      'Kenya signed a trade deal with Ethiopia before the coming state visit by Prime Minister Abiy Ahmed to Kenya.',
      KE_ET,
      '2024-03-07',
    ).find((e) => e.type === 'visit')
    expect(visit?.status).toBe('planned')
  })

  it('dates a pledge or a demand by its saying, not by the time inside its "to" complement', () => {
    const pledge = eventsOf('Kenya pledged to hold talks with Ethiopia next month.', KE_ET, '2024-03-07').find((e) => e.type === 'statement')
    expect(pledge?.whenBasis).toBe('article')
    expect(pledge?.when?.end).toBe('2024-03-07')
    const demand = eventsOf('Ethiopia urged Kenya to withdraw its troops from the border next week.', KE_ET, '2024-03-07').find((e) => e.type === 'demand')
    expect(demand?.whenBasis).toBe('article')
    expect(demand?.when?.end).toBe('2024-03-07')
    const dated = eventsOf('Kenya pledged on Monday to hold talks with Ethiopia next month.', KE_ET, '2024-03-07').find((e) => e.type === 'statement')
    expect(dated?.when).toMatchObject({ start: '2024-03-04', end: '2024-03-04' })
  })

  it('takes the time of the own clause over a "since" phrase about an earlier encounter (stated)', () => {
    const text =
      'On 4 March 2024, President William Ruto met Prime Minister Abiy Ahmed in Mombasa for the first time since their previous encounter in Addis Ababa in October 2019.'
    const [meeting] = eventsOf(text, KE_ET, '2024-03-05').filter((e) => e.type === 'meeting')
    expect(meeting.when).toMatchObject({ start: '2024-03-04', end: '2024-03-04' })
    expect(meeting.whenBasis).toBe('stated')
  })

  it('takes a deictic time right after the verb over a later one in a clause about something else', () => {
    const text = 'Ruto met this week with traders from Addis Ababa who hope to export coffee in May.'
    const [meeting] = eventsOf(text, KE_ET, '2024-03-07').filter((e) => e.type === 'meeting')
    expect(meeting.when).toMatchObject({ start: '2024-03-04', end: '2024-03-10' })
  })

  it('reads "are meeting later this month" as planned, from the day after the article', () => {
    const text = 'Kenyan and Ethiopian officials are meeting later this month to discuss the border.'
    const [meeting] = eventsOf(text, KE_ET, '2024-03-07').filter((e) => e.type === 'meeting')
    expect([meeting.status, meeting.when?.start, meeting.when?.end]).toEqual(['planned', '2024-03-08', '2024-03-31'])
  })

  it('reads a passive future in the trigger as planned, so it takes no time from an earlier visit recounted before it', () => {
    const text =
      "Ruto arrives in Addis Ababa on 12 May 2024. Trade has grown tenfold since Ruto's first visit to Ethiopia in 2015. At least 12 bilateral agreements are expected to be signed during the visit."
    const [signed] = eventsOf(text, KE_ET, '2024-05-08').filter((e) => e.type === 'agreement')
    expect(signed.status).toBe('planned')
    expect(signed.when).toMatchObject({ start: '2024-05-12', end: '2024-05-12' })
  })

  it('does not date a visit by the time of an apposition about its guest', () => {
    const text = 'Luiz Inácio Lula da Silva, the president elected in October 2022, is visiting Argentina.'
    const [visit] = eventsOf(text, BR_AR, '2023-01-23').filter((e) => e.type === 'visit')
    expect(visit.when).toMatchObject({ start: '2023-01-22', end: '2023-01-23' })
    expect(visit.whenBasis).toBe('article')
  })

  it('does not date talks by a parenthesis about something else, but keeps one that only dates them', () => {
    const aside = eventsOf('Yoko Kamikawa held talks with Enrique Manalo (who took office in June 2022) in Osaka.', JP_PH, '2024-05-10').filter(
      (e) => e.type === 'talks',
    )
    expect(aside[0].when?.start).not.toBe('2022-06-01')
    const [dated] = eventsOf('Yoko Kamikawa held talks with Enrique Manalo in Osaka (May 8, 2024).', JP_PH, '2024-05-10').filter((e) => e.type === 'talks')
    expect(dated.when).toMatchObject({ start: '2024-05-08', end: '2024-05-08' })
  })

  it("reads a reporting clause's day as the report's: the reported talks fall on it or the day before (embedding)", () => {
    const text = 'The talks between Kenya and Ethiopia on the border concluded after one day, Ethiopia said on Tuesday.'
    const [talks] = eventsOf(text, KE_ET, '2024-03-06').filter((e) => e.type === 'talks')
    expect(talks.when).toMatchObject({ start: '2024-03-04', end: '2024-03-05' })
    expect(talks.whenBasis).toBe('embedding')
  })

  it('takes the time of another clause of the sentence when the own clause states none (embedding)', () => {
    const text = 'In May, Japan and the Philippines agreed on a reciprocal access deal; Fumio Kishida and Ferdinand Marcos Jr. also held talks.'
    const [talks] = eventsOf(text, JP_PH, '2024-06-10').filter((e) => e.type === 'talks')
    expect(talks.when).toMatchObject({ start: '2024-05-01', end: '2024-05-31' })
    expect(talks.whenBasis).toBe('embedding')
  })

  it('dates a meeting during a visit by the visit (inherited)', () => {
    const text = 'Fumio Kishida paid a visit to the Philippines from 3 to 5 November 2023. During the visit, Kishida met Ferdinand Marcos Jr. in Davao.'
    const [meeting] = eventsOf(text, JP_PH, '2023-11-06').filter((e) => e.type === 'meeting')
    expect(meeting.when).toMatchObject({ start: '2023-11-03', end: '2023-11-05' })
    expect(meeting.whenBasis).toBe('inherited')
  })

  it("does not date what is reported as done by a visit still to come: the article's day instead", () => {
    const text = 'Musalia Mudavadi will visit Ethiopia on 20 March 2024. Kenya accused Ethiopia of delaying the corridor project.'
    const [accusation] = eventsOf(text, KE_ET, '2024-03-06').filter((e) => e.type === 'accusation')
    expect(accusation.status).toBe('occurred')
    expect(accusation.when).toMatchObject({ start: '2024-03-05', end: '2024-03-06' })
    expect(accusation.whenBasis).toBe('article')
  })

  it('dates a present-tense report by the article even when a quotation in the sentence speaks of history', () => {
    const text = 'Lula, who is in Argentina on a state visit, called the talks with Fernández “a historic moment for our nations”.'
    const [visit] = eventsOf(text, BR_AR, '2023-01-23').filter((e) => e.type === 'visit')
    expect(visit.actors).toContain(key.lula)
    expect(visit.when).toMatchObject({ start: '2023-01-22', end: '2023-01-23' })
    expect(visit.whenBasis).toBe('article')
  })

  it('leaves recounted background undated', () => {
    const text = 'Abiy Ahmed had previously visited Kenya several times.'
    const [visit] = eventsOf(text, KE_ET, '2024-03-06').filter((e) => e.type === 'visit')
    expect(visit.when).toBeNull()
  })

  it('dates by the article the news told as the first of its kind since then ("is the first since 2017")', () => {
    const [visit] = eventsOf("Ruto's visit to Ethiopia is the first since the 2019 border dispute.", KE_ET, '2024-03-06').filter((e) => e.type === 'visit')
    expect([visit?.whenBasis, visit?.when?.end]).toEqual(['article', '2024-03-06'])
    const [talks] = eventsOf('Lula and Fernández held talks for the first time since taking office.', BR_AR, '2023-01-24').filter((e) => e.type === 'talks')
    expect(talks?.whenBasis).toBe('article')
  })

  it('never dates a meeting still to come by an earlier one that ended before the article', () => {
    const text =
      'Ruto met Abiy in Addis Ababa on 4 March 2023. Ruto stressed trade ahead of his trip to Ethiopia, with the President to meet Abiy in Addis Ababa.'
    const meetings = eventsOf(text, KE_ET, '2024-06-03').filter((e) => e.type === 'meeting')
    expect(meetings.map((e) => [e.status, e.when?.start])).toEqual([
      ['occurred', '2023-03-04'],
      ['planned', '2024-06-03'],
    ])
    expect(meetings[1].whenBasis).toBe('article')
  })

  it('reads an earlier sitting named as the time since which, with its own time, as an event of its own', () => {
    const text =
      'On 4 March 2024, President William Ruto met Prime Minister Abiy Ahmed in Mombasa for the first time since their previous encounter in Addis Ababa in October 2019.'
    const meetings = eventsOf(text, KE_ET, '2024-03-05').filter((e) => e.type === 'meeting')
    expect(meetings.map((m) => [m.when?.start, m.status])).toEqual([
      ['2024-03-04', 'occurred'],
      ['2019-10-01', 'occurred'],
    ])
    // Without a time of its own, "since their last meeting" only anchors.
    const anchor = eventsOf('Ruto met Abiy in Mombasa on 4 March 2024, their first talks since their last meeting.', KE_ET, '2024-03-05').filter(
      (e) => e.type === 'meeting',
    )
    expect(anchor).toHaveLength(1)
  })

  it('dates talks told in the perfect with "since" by the stretch from then to the article, but not a first meeting "since"', () => {
    const [talks] = eventsOf('Japan and the Philippines have held regular talks on maritime security since 2019.', JP_PH, '2024-05-10').filter(
      (e) => e.type === 'talks',
    )
    expect(talks.when).toMatchObject({ start: '2019-01-01', end: '2024-05-10' })
    const [sanction] = eventsOf('Argentina has imposed sanctions on Brazil since March 2022.', BR_AR, '2024-05-10').filter((e) => e.type === 'sanction')
    expect(sanction.when).toMatchObject({ start: '2022-03-01', end: '2024-05-10' })
  })

  it('dates discussions "over the past few weeks" by that stretch', () => {
    const [talks] = eventsOf('Kenya and Ethiopia held intensive discussions over the past few weeks.', KE_ET, '2024-05-10').filter((e) => e.type === 'talks')
    expect(talks.when).toMatchObject({ start: '2024-04-12', end: '2024-05-10' })
  })

  it('does not date an event by a participle phrase on another noun, but does by one on the statement that carries it', () => {
    const text = 'On 4 March 2024, Kenya and Ethiopia announced an agreement to restore flights suspended two years ago.'
    const [deal] = eventsOf(text, KE_ET, '2024-03-06').filter((e) => e.type === 'agreement')
    expect(deal.when).toMatchObject({ start: '2024-03-04', end: '2024-03-04' })
    const vehicle = 'Ruto praised Ethiopia in an article published on Monday.'
    const [praise] = eventsOf(vehicle, KE_ET, '2024-03-06').filter((e) => e.type === 'statement')
    expect(praise.when).toMatchObject({ start: '2024-03-04', end: '2024-03-04' })
  })

  it('keeps a past perfect to its own clause: the next clause, its subject in apposition, is news of the article', () => {
    const text = 'Nairobi said its envoy had been in touch with Addis Ababa, and the prime cabinet secretary, Musalia Mudavadi, was in contact with Abiy Ahmed.'
    const contact = eventsOf(text, KE_ET, '2024-03-07').find((e) => e.type === 'talks')
    expect(contact?.actors).toContain(key.mudavadi)
    expect(contact?.whenBasis).toBe('article')
    const recounted = eventsOf('Kenya said Mudavadi had been in contact with Abiy Ahmed.', KE_ET, '2024-03-07').find((e) => e.type === 'talks')
    expect(recounted?.when ?? null).toBeNull()
  })

  it('reads ", and" closing a list before a fronted phrase\'s comma as a list, not as a second clause', () => {
    const text = 'Besides visits to farms on tea, coffee, and flower exports, Ruto also held talks with Abiy Ahmed on Tuesday.'
    const [talks] = eventsOf(text, KE_ET, '2024-03-07').filter((e) => e.type === 'talks')
    expect(talks.actors).toEqual(expect.arrayContaining([key.ruto, key.abiy]))
    expect(talks.when).toMatchObject({ start: '2024-03-05', end: '2024-03-05' })
  })
})
