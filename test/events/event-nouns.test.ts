import { describe, expect, it } from 'vitest'
import { eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

// Events named by nouns, travel verbs, passives of receiving, and sentences
// that name no participant: own sentences about several pairs.
describe('events named by a noun', () => {
  it('reads a meeting noun after a support verb across any modifiers', () => {
    const text = 'Kishida and Marcos held a 40-minute closed-door bilateral meeting in Manila on Friday.'
    const meetings = eventsOf(text, JP_PH, '2023-11-05').filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(1)
    expect([...meetings[0].actors].sort()).toEqual(['country:PH', key.kishida, key.marcos].sort())
    expect(meetings[0].when?.start).toBe('2023-11-03')
  })

  it('reads a summit of the two sides held or taking place, not one named only as a frame', () => {
    const held = eventsOf('Ruto and Abiy held a summit in Mombasa on Friday.', KE_ET, '2024-03-04').filter((e) => e.type === 'summit')
    expect(held.map((e) => [e.when?.start, [...e.actors].sort()])).toEqual([['2024-03-01', [key.abiy, key.ruto].sort()]])
    expect(
      eventsOf('The summit between Kenya and Ethiopia took place in Mombasa on Friday.', KE_ET, '2024-03-04').filter((e) => e.type === 'summit'),
    ).toHaveLength(1)
    expect(eventsOf('At the summit, Kenya and Ethiopia agreed to reopen the border.', KE_ET, '2024-03-04').filter((e) => e.type === 'summit')).toEqual([])
  })

  it('reads a capitalized meeting noun the tagger takes for a verb, across an aside in commas whose time is not its own', () => {
    const text = "The annual Kenya-Ethiopia Leaders' Meeting, postponed twice last year, finally took place in Mombasa on Friday."
    const found = eventsOf(text, KE_ET, '2024-03-04').filter((e) => e.type === 'meeting')
    expect(found.map((e) => e.when?.start)).toEqual(['2024-03-01'])
  })

  it('reads a summit named by the two countries ("the Kenya-Ethiopia Annual Summit") as theirs, not as one attended', () => {
    const text = 'The fifth Kenya-Ethiopia Annual Summit will be held in Mombasa on 8-9 July, officials said.'
    const summit = eventsOf(text, KE_ET, '2024-06-20').filter((e) => e.type === 'summit')
    expect(summit.map((e) => [e.status, e.when?.start, e.when?.end, [...e.actors].sort()])).toEqual([
      ['planned', '2024-07-08', '2024-07-09', ['country:ET', 'country:KE']],
    ])
  })

  it('reads a meeting noun whose predicate comes after two titled names ("the meeting between A and B focused on")', () => {
    const text =
      "Monday's meeting between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed at the State House in Mombasa focused on the border."
    const meeting = eventsOf(text, KE_ET, '2024-03-06').filter((e) => e.type === 'meeting')
    expect(meeting.map((e) => [e.status, e.when?.start, [...e.actors].sort()])).toEqual([
      ['occurred', '2024-03-04', expect.arrayContaining([key.abiy, key.ruto])],
    ])
  })

  it('reads the occasion someone travelled for ("travelled to Addis Ababa for the summit with Abiy")', () => {
    const text = 'Kenyan President William Ruto travelled to Addis Ababa on Monday for the annual summit with Prime Minister Abiy Ahmed.'
    const summit = eventsOf(text, KE_ET, '2024-03-05').filter((e) => e.type === 'summit')
    expect(summit.map((e) => [e.status, e.when?.start, [...e.actors].sort()])).toEqual([
      ['occurred', '2024-03-04', expect.arrayContaining([key.abiy, key.ruto])],
    ])
  })

  it('reads no visit in "exchange visits", a practice rather than a trip', () => {
    const events = eventsOf('Kenya and Ethiopia agreed to resume flights and exchange visits.', KE_ET, '2024-03-06')
    expect(events.filter((e) => e.type === 'visit')).toEqual([])
  })

  it('reads a noun that is the subject of a predicate of occurrence, with the participants of the story before it', () => {
    const text = 'Ruto telephoned Abiy on Monday to propose a meeting. The meeting is scheduled for 20 March in Mombasa.'
    const meeting = eventsOf(text, KE_ET, '2024-03-12').find((e) => e.type === 'meeting')
    expect(meeting?.status).toBe('planned')
    expect(meeting?.when?.start).toBe('2024-03-20')
    expect([...(meeting?.actors ?? [])].sort()).toEqual([key.abiy, key.ruto].sort())
  })

  it('leaves a noun in a frame alone ("during the talks" names talks told elsewhere)', () => {
    const text = 'During the talks, Brazil raised the question of tariffs on beef.'
    expect(eventsOf(text, BR_AR, '2023-01-23').filter((e) => e.type === 'talks')).toHaveLength(0)
  })

  it('reads "phone talks" as a call, and a noun that modifies another noun ("meeting room") as none', () => {
    const calls = eventsOf('Kishida and Marcos held two phone talks in 2023.', JP_PH, '2024-01-10')
    expect(calls.map((e) => e.type)).toEqual(['phone_call'])
    expect(eventsOf('Kishida walked past the meeting room in Osaka.', JP_PH, '2024-01-10')).toHaveLength(0)
  })

  it('reads an expulsion announced as a noun, directed at the other side', () => {
    const text = 'Kenya announced on Saturday the expulsion of two Ethiopian diplomats.'
    const expulsion = eventsOf(text, KE_ET, '2024-03-10').find((e) => e.type === 'expulsion')
    expect(expulsion?.sourceActors).toEqual(['country:KE'])
    expect(expulsion?.targetActors).toContain('country:ET')
  })
})

describe('travel and reception', () => {
  it('reads "will fly to" a foreign capital as a planned visit, and "flew back" home as none', () => {
    const planned = eventsOf('Kishida will fly to Manila on Monday for talks with Marcos.', JP_PH, '2023-11-01').find((e) => e.type === 'visit')
    expect(planned?.status).toBe('planned')
    expect(planned?.actors).toEqual([key.kishida])
    expect(planned?.host).toBe('country:PH')
    expect(eventsOf('Kishida flew back to Osaka on Sunday.', JP_PH, '2023-11-06').filter((e) => e.type === 'visit')).toHaveLength(0)
  })

  it('reads "was received by" a named host as a meeting of the two', () => {
    const text = 'Fernández was received by Lula at the presidential palace on Tuesday.'
    const meeting = eventsOf(text, BR_AR, '2023-05-03').find((e) => e.type === 'meeting')
    expect([...(meeting?.actors ?? [])].sort()).toEqual([key.fernandez, key.lula].sort())
  })
})

describe('participants named by title or as a group', () => {
  it('reads "the Argentine president" as the person who holds the title for that country', () => {
    const text = 'Lula and Fernández spoke in Brasília in May. On Monday Lula met with the Argentine president again.'
    const meeting = eventsOf(text, BR_AR, '2023-06-01').find((e) => e.type === 'meeting' && e.span.start > 40)
    expect([...(meeting?.actors ?? [])].sort()).toEqual(['country:AR', 'country:BR', key.fernandez, key.lula].sort())
  })

  it('reads "Argentina\'s president" and "the Brazilian leader" as the persons who hold them', () => {
    const text =
      "Lula and Fernández spoke in Brasília in May. Argentina's president travelled to Rio de Janeiro on Monday. The Brazilian leader paid a visit to Buenos Aires in March."
    const visits = eventsOf(text, BR_AR, '2023-06-06').filter((e) => e.type === 'visit')
    expect(visits.map((e) => e.actors.filter((a) => a.startsWith('person:')))).toEqual([[key.fernandez], [key.lula]])
  })

  it('reads "the foreign ministers of A and B met" as the ministers of those countries', () => {
    const text =
      'Foreign Minister Yoko Kamikawa and Foreign Secretary Enrique Manalo spoke in May. The foreign secretaries of old partners Japan and the Philippines met in Osaka on Friday.'
    const [meeting] = eventsOf(text, JP_PH, '2023-06-05').filter((e) => e.type === 'meeting')
    expect(meeting?.actors).toEqual(expect.arrayContaining([key.manalo, 'country:JP', 'country:PH']))
  })

  it('reads "the leaders agreed to" as an agreement of the leaders named before', () => {
    const text = 'Ruto received Abiy in Nairobi on Tuesday. The leaders agreed to build a second power line.'
    const agreement = eventsOf(text, KE_ET, '2024-03-13').find((e) => e.type === 'agreement')
    expect(agreement?.actors).toEqual(expect.arrayContaining([key.ruto, key.abiy]))
  })
})

describe('nouns read by two recognizers', () => {
  it('keeps the story participants of talks that another recognizer also read without participants', () => {
    const text = 'Kenya and Ethiopia agreed on Monday to restore flights. Officials have held direct talks since 2021.'
    const talks = eventsOf(text, KE_ET, '2024-03-12').find((e) => e.type === 'talks')
    expect(talks?.actors).toEqual(expect.arrayContaining(['country:KE', 'country:ET']))
  })

  it('reads a hyphenated modifier before a subject noun ("the face-to-face meeting lasted")', () => {
    const text = 'The face-to-face meeting between Lula and Fernández lasted three hours.'
    const meeting = eventsOf(text, BR_AR, '2023-01-24').find((e) => e.type === 'meeting')
    expect([...(meeting?.actors ?? [])].sort()).toEqual([key.fernandez, key.lula].sort())
  })
})

describe('what a lexicon verb does not report', () => {
  it('reads a gerund after a preposition as the topic of a noun, not an act', () => {
    const text = 'Kenyan and Ethiopian officials held talks on Monday aimed at restoring diplomatic relations.'
    expect(eventsOf(text, KE_ET, '2024-03-12').filter((e) => e.type === 'relations_milestone')).toHaveLength(0)
  })

  it('reads sanctions someone says it would impose as the measure to come, and as a threat only when a condition is set', () => {
    const text = 'Argentina said on Tuesday it would impose import curbs on Brazilian steel.'
    const [measure] = eventsOf(text, BR_AR, '2023-05-03').filter((e) => e.type === 'sanction')
    expect(measure?.status).toBe('planned')
    expect(eventsOf(text, BR_AR, '2023-05-03').filter((e) => e.type === 'threat')).toHaveLength(0)
    const conditional = 'Argentina said on Tuesday it would impose import curbs on Brazilian steel if the dumping went on.'
    const [threat] = eventsOf(conditional, BR_AR, '2023-05-03').filter((e) => e.type === 'threat')
    expect(threat?.status).toBe('occurred')
    expect(threat?.cameo).toBe('1312')
  })
})

describe('a framed noun dated in its own phrase', () => {
  it('reads "During phone conversations in March" as a call in March, with the story\'s participants', () => {
    const text = 'Kenyan and Ethiopian foreign ministers met in Nairobi on Monday. During phone conversations in January, the ministers had agreed to meet.'
    const call = eventsOf(text, KE_ET, '2024-03-12').find((e) => e.type === 'phone_call')
    expect(call?.when).toMatchObject({ start: '2024-01-01', end: '2024-01-31' })
    expect(call?.actors).toEqual(expect.arrayContaining(['country:KE', 'country:ET']))
  })

  it('leaves a definite framed noun to the mention that tells it ("During the visit on Monday")', () => {
    const text = 'Kenyan President William Ruto visited Ethiopia on Monday. During the visit on Monday, Ruto opened a new consulate.'
    expect(eventsOf(text, KE_ET, '2024-03-12').filter((e) => e.type === 'visit')).toHaveLength(1)
  })
})
