import { describe, expect, it } from 'vitest'
import { eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

describe('talks, meetings and calls', () => {
  it('reads held talks between two named leaders on a stated day', () => {
    const text = 'Kishida and Marcos held talks in Tokyo on Friday, focusing on maritime security.'
    const [talks] = eventsOf(text, JP_PH, '2023-11-05').filter((e) => e.type === 'talks')
    expect([...talks.actors].sort()).toEqual(['country:JP', key.kishida, key.marcos].sort())
    expect(talks.when?.start).toBe('2023-11-03')
    expect(talks.status).toBe('occurred')
  })

  it('reads planned talks from "are expected to discuss" with "the two leaders" resolved by title', () => {
    const text = 'President Lula arrived in Buenos Aires on Sunday to see Alberto Fernández. The two leaders are expected to discuss a common currency.'
    const [talks] = eventsOf(text, BR_AR, '2023-01-22').filter((e) => e.type === 'talks')
    expect(talks.status).toBe('planned')
    expect([...talks.actors].sort()).toEqual([key.fernandez, key.lula].sort())
  })

  it('resolves "the presidents" and "the heads of state" to the holders of the title, as "the two leaders"', () => {
    const opening = 'President Lula arrived in Buenos Aires on Sunday to see President Alberto Fernández. '
    for (const group of ['The presidents', 'The heads of state']) {
      const [talks] = eventsOf(`${opening}${group} discussed a common currency.`, BR_AR, '2023-01-23').filter((e) => e.type === 'talks')
      expect([...(talks?.actors ?? [])].filter((a) => a.startsWith('person:')).sort()).toEqual([key.fernandez, key.lula].sort())
    }
  })

  it("keeps a side named only by its country beside the other side's person", () => {
    const [talks] = eventsOf('Kamikawa held talks with the Philippines on Friday.', JP_PH, '2023-11-05').filter((e) => e.type === 'talks')
    expect([...talks.actors].sort()).toEqual(['country:PH', key.kamikawa].sort())
    // A country already represented by its own person is not added again.
    const [both] = eventsOf("Japan's Kamikawa held talks with Manalo on Friday.", JP_PH, '2023-11-05').filter((e) => e.type === 'talks')
    expect([...both.actors].sort()).toEqual(['country:JP', key.kamikawa, key.manalo].sort())
  })

  it('adds the countries the named persons act for, when the document names them', () => {
    const text = 'Japan and the Philippines are old partners. Kamikawa held talks with Manalo on Friday.'
    const [talks] = eventsOf(text, JP_PH, '2023-11-05').filter((e) => e.type === 'talks')
    expect(talks.actors).toEqual([key.kamikawa, key.manalo, 'country:JP', 'country:PH'])
    const [alone] = eventsOf('Kamikawa held talks with Manalo on Friday.', JP_PH, '2023-11-05').filter((e) => e.type === 'talks')
    expect(alone.actors).toEqual([key.kamikawa, key.manalo])
  })

  it('reads talks led by delegations, counted in days, or named as the latest round', () => {
    const led = eventsOf('Kamikawa and Manalo led their delegations for talks in Osaka in June 2023.', JP_PH, '2023-07-01').filter((e) => e.type === 'talks')
    expect(led.map((e) => e.when?.start)).toEqual(['2023-06-01'])
    const days = eventsOf('Manalo, who spent three days of intense talks with Kamikawa in Osaka, flew home.', JP_PH, '2023-07-01').filter(
      (e) => e.type === 'talks',
    )
    expect(days).toHaveLength(1)
    const latest = eventsOf(
      'Japanese and Philippine diplomats met behind closed doors on Monday in the latest round of negotiations.',
      JP_PH,
      '2023-07-05',
    ).filter((e) => e.type === 'talks')
    expect(latest.map((e) => e.cameo)).toEqual(['046'])
    // "New talks" in what someone said are no talks held.
    expect(eventsOf('Japan said the new talks with the Philippines would be useful.', JP_PH, '2023-07-05').filter((e) => e.type === 'talks')).toEqual([])
  })

  it('reads a session chaired of a body, a bilateral and a meet used as nouns, and a meeting during which something happened', () => {
    const session = eventsOf('Ruto and Abiy chaired the second session of the Joint Ministerial Commission in Nairobi on Monday.', KE_ET, '2024-03-06').filter(
      (e) => e.type === 'meeting',
    )
    expect(session.map((e) => e.actors[0])).toEqual(['org:joint ministerial commission'])
    const meet = eventsOf("Ruto's last bilateral meet with Abiy was in May 2022.", KE_ET, '2024-03-06').filter((e) => e.type === 'meeting')
    expect(meet.map((e) => e.when?.start)).toEqual(['2022-05-01'])
    const bilateral = eventsOf('Ahead of their formal bilateral at State House on Friday, Ruto and Abiy toured the port.', KE_ET, '2024-03-06').filter(
      (e) => e.type === 'meeting',
    )
    expect(bilateral.map((e) => e.status)).toEqual(['planned'])
    const during = eventsOf('Kenya and Ethiopia settled the matter during a meeting on the sidelines of the summit on Tuesday.', KE_ET, '2024-03-06').filter(
      (e) => e.type === 'meeting',
    )
    expect(during).toHaveLength(1)
    // A session that nobody held or numbered, and "bilateral" as an adjective, are no meetings.
    expect(eventsOf('The parliament session in Nairobi on Monday discussed Ethiopia.', KE_ET, '2024-03-06').filter((e) => e.type === 'meeting')).toEqual([])
    expect(eventsOf('Kenya welcomed the bilateral agreement with Ethiopia.', KE_ET, '2024-03-06').filter((e) => e.type === 'meeting')).toEqual([])
  })

  it('reads "the sides discussed" as talks of the two countries, but not a plan restated by "they will discuss"', () => {
    const talks = eventsOf('Kenya and Ethiopia met in Nairobi on Monday. The sides discussed the port.', KE_ET, '2024-03-06').filter(
      (e) => e.ruleId === 'events:discuss',
    )
    expect(talks.map((e) => [...e.actors].sort())).toEqual([['country:ET', 'country:KE']])
    expect(
      eventsOf('Kenya and Ethiopia will meet in Nairobi. They will discuss the port.', KE_ET, '2024-03-06').filter((e) => e.ruleId === 'events:discuss'),
    ).toEqual([])
  })

  it('reads the list of persons right after "meetings with", not names further on in the sentence', () => {
    const text = 'Aside from roundtable meetings with business leaders in Osaka, Marcos also had bilateral meetings with Kishida, Kamikawa and Teodoro.'
    const meetings = eventsOf(text, JP_PH, '2023-11-10').filter((e) => e.type === 'meeting')
    const persons = meetings.map((m) =>
      m.actors
        .filter((a) => a.startsWith('person:'))
        .sort()
        .join('+'),
    )
    expect(persons.filter((p) => !p.includes('+'))).toEqual([])
    for (const other of [key.kishida, key.kamikawa, key.teodoro]) expect(persons).toContain([key.marcos, other].sort().join('+'))
  })

  it('gives one meeting per person when several officials met one guest', () => {
    const text =
      'On Wednesday, Foreign Minister Yoko Kamikawa, Defence Secretary Gilberto Teodoro and Foreign Secretary Enrique Manalo also met with Kishida separately.'
    const meetings = eventsOf(text, JP_PH, '2023-11-10').filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(3)
    for (const m of meetings) expect(m.actors).toContain(key.kishida)
    expect(meetings.map((m) => m.actors[0]).sort()).toEqual([key.kamikawa, key.manalo, key.teodoro].sort())
    expect(new Set(meetings.map((m) => m.span.start)).size).toBe(3)
  })

  it('reads "held bilateral meetings with X" and "received X"', () => {
    const text = 'President Ruto received Prime Minister Abiy Ahmed at State House on Monday. Later, Mudavadi held a working meeting with Abiy.'
    const meetings = eventsOf(text, KE_ET, '2024-02-28').filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(2)
    expect([...meetings[0].actors].sort()).toEqual([key.abiy, key.ruto].sort())
    expect([...meetings[1].actors].sort()).toEqual([key.abiy, key.mudavadi].sort())
  })

  it('reads the numbered meeting of a joint body as a meeting of that body', () => {
    const text = 'At the fifth meeting of the Joint Ministerial Commission in March 2024, Kenya pledged to ease visa rules.'
    const [meeting] = eventsOf(text, KE_ET, '2024-04-01').filter((e) => e.type === 'meeting')
    expect(meeting.actors).toContain('org:joint ministerial commission')
    expect(meeting.when?.start).toBe('2024-03-01')
    expect(meeting.count).toBeNull()
  })

  it('counts phone calls and spans the years of a "between ... and ..." range', () => {
    const text = 'Between 2021 and 2023, Lula and Fernández held three phone conversations on trade.'
    const [call] = eventsOf(text, BR_AR, '2023-12-01').filter((e) => e.type === 'phone_call')
    expect(call.count).toBe(3)
    expect(call.when).toMatchObject({ start: '2021-01-01', end: '2023-12-31' })
    expect(call.cameo).toBe('041')
    expect([...call.actors].sort()).toEqual([key.fernandez, key.lula].sort())
  })

  it('reads "talked on the phone with" and a virtual meeting as calls, and three clauses as three events', () => {
    const text =
      'Vieira talked on the phone with Cafiero in May 2022, while the two presidents held a virtual meeting, and the two foreign ministers met in Rio de Janeiro in June.'
    const events = eventsOf(text, BR_AR, '2022-09-01')
    expect(events.map((e) => e.type)).toEqual(['phone_call', 'phone_call', 'meeting'])
    expect([...events[0].actors].sort()).toEqual([key.cafiero, key.vieira].sort())
    expect(events[2].when?.start).toBe('2022-06-01')
  })

  it('reads "he and his counterpart" acting together as talks during the visit, dated by the visit', () => {
    const text = 'Ruto paid a state visit to Ethiopia in February 2024. During the visit, he and his Ethiopian counterpart charted a roadmap for the corridor.'
    const [talks] = eventsOf(text, KE_ET, '2024-03-01').filter((e) => e.type === 'talks')
    expect(talks.actors).toContain(key.ruto)
    expect(talks.when?.start).toBe('2024-02-01')
  })

  it('reads "X and his Philippine counterpart Y" as talks when a day or a hyphened name stands before the verb', () => {
    const texts = [
      'Prime Minister Fumio Kishida and his Philippine counterpart Ferdinand Marcos Jr. on Friday reaffirmed their defence ties.',
      'Foreign Minister Yoko Kamikawa and her Filipino counterpart Enrique Manalo-Santos vowed closer coastguard drills.',
    ]
    for (const text of texts) {
      const talks = eventsOf(text, JP_PH, '2023-11-05').filter((e) => e.type === 'talks')
      expect(talks, text).toHaveLength(1)
      expect(talks[0].status).toBe('occurred')
    }
    expect(eventsOf(texts[0], JP_PH, '2023-11-05').find((e) => e.type === 'talks')?.when?.start).toBe('2023-11-03')
  })

  it('reads a meeting or talks held with quoted modifiers, the speaker’s words', () => {
    const meeting = eventsOf('Kishida and Marcos held a “frank” and “productive” meeting in Tokyo on Friday.', JP_PH, '2023-11-05').filter(
      (e) => e.type === 'meeting',
    )
    expect(meeting).toHaveLength(1)
    expect(meeting[0].status).toBe('occurred')
    const talks = eventsOf('Mudavadi and Abiy held “constructive” talks in Addis Ababa.', KE_ET, '2024-03-01').filter((e) => e.type === 'talks')
    expect(talks).toHaveLength(1)
  })

  it('reads a conversation as talks, and as a call only when said to be by phone', () => {
    const atReception = eventsOf('Kamikawa had a brief conversation with Manalo at the reception in Osaka.', JP_PH, '2023-11-05')
    expect(atReception.map((e) => e.type)).toEqual(['talks'])
    const byPhone = eventsOf('Kamikawa had a conversation with Manalo by telephone on Friday.', JP_PH, '2023-11-05')
    expect(byPhone.map((e) => e.type)).toEqual(['phone_call'])
  })

  it('reads "X was welcomed to State House by Y" as a visit of X', () => {
    const [visit] = eventsOf('Abiy was warmly welcomed to State House in Nairobi by Ruto on Monday.', KE_ET, '2024-03-06').filter((e) => e.type === 'visit')
    expect(visit?.actors).toContain(key.abiy)
    expect(visit?.when?.start).toBe('2024-03-04')
  })

  it('reads a visit welcomed with a time and adverbs before the verb, its receiver taking part', () => {
    const [visit] = eventsOf('Abiy was this morning, officially welcomed to State House, Nairobi, by Ruto.', KE_ET, '2024-03-06').filter(
      (e) => e.type === 'visit',
    )
    expect(visit?.actors).toEqual(expect.arrayContaining([key.abiy, key.ruto]))
    expect(visit?.when?.start).toBe('2024-03-06')
  })

  it('reads "met for talks" and "met over dinner" as a meeting, and "are meeting ... on Friday" as the coming Friday', () => {
    for (const text of ['Kishida and Marcos met for talks in Tokyo on Friday.', 'Kishida and Marcos met over dinner in Tokyo on Friday.']) {
      const [meeting] = eventsOf(text, JP_PH, '2023-11-08').filter((e) => e.type === 'meeting')
      expect(meeting?.when?.start, text).toBe('2023-11-03')
    }
    const [arranged] = eventsOf('Kishida and Marcos are meeting in Tokyo on Friday.', JP_PH, '2023-11-08').filter((e) => e.type === 'meeting')
    expect(arranged?.when?.start).toBe('2023-11-10')
    expect(arranged?.status).toBe('planned')
  })

  it('reads two countries as the subject of "discussed" or "are planning to negotiate" as talks between them', () => {
    const [past] = eventsOf('Brazil and Argentina discussed a common currency.', BR_AR, '2023-01-23').filter((e) => e.type === 'talks')
    expect([...(past?.actors ?? [])].sort()).toEqual(['country:AR', 'country:BR'])
    const [plan] = eventsOf('Brazil and Argentina are planning to negotiate a new trade pact.', BR_AR, '2023-01-23').filter((e) => e.type === 'talks')
    expect(plan?.status).toBe('planned')
  })

  it('reads summits in a list, one per summit, with the attendee', () => {
    const text = 'In June, Prime Minister Abiy Ahmed attended the 4th IGAD Summit, the 2nd Horn Investment Forum and the 7th Nile Basin Summit in Nairobi.'
    const summits = eventsOf(text, KE_ET, '2023-09-01').filter((e) => e.type === 'summit')
    expect(summits).toHaveLength(3)
    for (const s of summits) expect(s.actors).toEqual([key.abiy])
  })
})

describe('more ways of saying it', () => {
  it('reads a courtesy call, a round of dialogue and documents exchanged', () => {
    const text =
      'On Monday, Foreign Minister Yoko Kamikawa paid a courtesy call on President Ferdinand Marcos Jr. in Manila. Japan and the Philippines held the fifth round of their maritime dialogue. The two sides exchanged four cooperation documents.'
    const events = eventsOf(text, JP_PH, '2023-11-08')
    expect(events.map((e) => e.type)).toEqual(['meeting', 'talks', 'agreement'])
    expect([...events[0].actors].sort()).toEqual(['country:JP', 'country:PH', key.kamikawa, key.marcos].sort())
    expect(events[2].count).toBe(4)
  })

  it('does not read "called on the two countries to" as a meeting', () => {
    const text = 'Kishida called on the two countries to deepen cooperation with the Philippines and Japan.'
    expect(eventsOf(text, JP_PH).filter((e) => e.type === 'meeting')).toEqual([])
  })
})

describe('counted meetings', () => {
  it('runs "N meetings being held" from the founding date to the day of writing', () => {
    const text = 'Kenya and Ethiopia set up a Joint Ministerial Commission in May 2015, with 12 meetings being held so far.'
    const [meeting] = eventsOf(text, KE_ET, '2024-05-01').filter((e) => e.type === 'meeting')
    expect(meeting.count).toBe(12)
    expect(meeting.when).toMatchObject({ start: '2015-05-01', end: '2024-05-01' })
  })

  it('reads "participated in a meeting of" a joint body as a meeting of the people named', () => {
    const text = 'On Friday, President William Ruto and Prime Minister Abiy Ahmed participated in a meeting of the Joint Ministerial Commission in Nairobi.'
    const [meeting] = eventsOf(text, KE_ET, '2024-05-04').filter((e) => e.type === 'meeting')
    expect(meeting.actors).toEqual(expect.arrayContaining([key.ruto, key.abiy]))
    expect(text.slice(meeting.trigger.start, meeting.trigger.end)).toBe('meeting')
  })

  it('reads a press conference given together as a meeting of the two, and one given alone as nothing', () => {
    const joint = eventsOf('Kishida and Marcos held a joint news conference in Manila on Friday.', JP_PH, '2023-11-05').filter((e) => e.type === 'meeting')
    expect([...joint[0].actors].filter((a) => a.startsWith('person:')).sort()).toEqual([key.kishida, key.marcos].sort())
    const beside = eventsOf('Ruto used a media conference in Mombasa alongside Abiy to announce a new road link.', KE_ET, '2024-03-05').filter(
      (e) => e.type === 'meeting',
    )
    expect(beside).toHaveLength(1)
    const alone = eventsOf('Fernández told a press conference in Buenos Aires that Brazil was a partner.', BR_AR, '2023-01-23').filter(
      (e) => e.type === 'meeting',
    )
    expect(alone).toHaveLength(0)
  })

  it('reads "in a call with X" as a telephone call of the two, and "a call for" as none', () => {
    const text = 'Kishida praised the new coast guard deal in a call with Marcos on Monday.'
    const [call] = eventsOf(text, JP_PH, '2023-11-08').filter((e) => e.type === 'phone_call')
    expect([...call.actors].filter((a) => a.startsWith('person:')).sort()).toEqual([key.kishida, key.marcos].sort())
    expect(call.when).toMatchObject({ start: '2023-11-06', end: '2023-11-06' })
    expect(eventsOf('Kishida renewed his call for calm in the South China Sea.', JP_PH, '2023-11-08').filter((e) => e.type === 'phone_call')).toHaveLength(0)
  })

  it('reads a guest named as "visiting" by the host\'s verb as a meeting of the two, not as a visit by the host', () => {
    const text = 'Fernández assured visiting Brazilian Foreign Minister Mauro Vieira of his support on Tuesday.'
    const events = eventsOf(text, BR_AR, '2023-01-25')
    const [meeting] = events.filter((e) => e.type === 'meeting')
    expect([...meeting.actors].filter((a) => a.startsWith('person:')).sort()).toEqual([key.fernandez, key.vieira].sort())
    expect(events.filter((e) => e.type === 'visit' && e.actors.includes(key.fernandez))).toHaveLength(0)
  })

  it('reads "after negotiating with X" and "following a meeting of their delegations" as sittings that took place', () => {
    const talks = eventsOf(
      'Kamikawa told reporters after negotiating for five hours with Manalo in Osaka on Monday that the deal was close.',
      JP_PH,
      '2023-11-08',
    )
    expect(talks.filter((e) => e.type === 'talks').map((e) => e.when?.start)).toEqual(['2023-11-06'])
    const met = eventsOf(
      'Japan and the Philippines agreed on Wednesday to extend the pact, following a meeting of their delegations in Osaka.',
      JP_PH,
      '2023-11-09',
    )
    expect(met.filter((e) => e.type === 'meeting')).toHaveLength(1)
    const body = eventsOf('The decision was announced after a meeting of the cabinet, chaired by Kishida.', JP_PH, '2023-11-09')
    expect(body.filter((e) => e.type === 'meeting')).toHaveLength(0)
  })
})
