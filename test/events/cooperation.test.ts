import { describe, expect, it } from 'vitest'
import { eventsOf } from './helpers.js'
import { BR_AR, JP_PH, KE_ET, key } from './fixtures.js'

describe('agreements, aid and awards', () => {
  it('reads state honours by their usual names: the Legion of Honour, a Grand Cross, the highest civilian honour', () => {
    for (const text of [
      'Lula was awarded Argentina’s Legion of Honour on Wednesday.',
      'Fernández received the Grand Cross of the Southern Cross from Lula.',
      'Brazil conferred its highest civilian honour on Fernández.',
    ])
      expect(
        eventsOf(text, BR_AR).filter((e) => e.type === 'award'),
        text,
      ).toHaveLength(1)
  })

  it('reads signed agreements with their count and the two sides as actors', () => {
    const text = 'Kenya and Ethiopia held talks in Nairobi. Following the talks, the two sides signed 12 agreements on energy, defence and transport.'
    const [agreement] = eventsOf(text, [...KE_ET], '2024-02-29').filter((e) => e.type === 'agreement')
    expect(agreement.count).toBe(12)
    expect(agreement.cameo).toBe('057')
    expect(agreement.plover).toBe('AGREE')
  })

  it('dates agreements reported as signed by the visit of the same parties that the article dates further down', () => {
    const text =
      'Ten agreements on trade and energy were signed by Kenyan and Ethiopian companies, officials said. ' +
      'The deals came as Prime Minister Abiy Ahmed began a two-day visit to Kenya on 4 March 2024.'
    const [agreement] = eventsOf(text, [...KE_ET], '2024-03-06').filter((e) => e.type === 'agreement')
    expect(agreement.status).toBe('occurred')
    expect(agreement.when).toMatchObject({ start: '2024-03-04' })
  })

  it('reads planned signings: "are expected to be signed", "will sign", "committed to reaching"', () => {
    const text =
      'Japan and the Philippines will sign a reciprocal access agreement in July 2024. They are also committed to soon reaching an agreement on coast guard cooperation.'
    const agreements = eventsOf(text, JP_PH, '2024-05-01').filter((e) => e.type === 'agreement')
    expect(agreements).toHaveLength(2)
    expect(agreements.every((a) => a.status === 'planned')).toBe(true)
    expect([...agreements[0].actors].sort()).toEqual(['country:JP', 'country:PH'])
  })

  it('reads a joint statement and a signing in one sentence as two agreements', () => {
    const text =
      'During the visit, Kenya and Ethiopia issued a joint statement on the corridor, while ministries of the two countries signed several cooperation agreements.'
    const agreements = eventsOf(text, KE_ET).filter((e) => e.type === 'agreement')
    expect(agreements).toHaveLength(2)
  })

  it('dates a lead\'s deals "during a visit" by the visit dated further down', () => {
    const text =
      'NAIROBI: Kenyan and Ethiopian firms signed deals worth $1.2 billion (about 160.5 billion shillings) during a visit by the Kenyan president, officials said. Ruto began a two-day visit to Ethiopia on 4 March 2024.'
    const [agreement] = eventsOf(text, [...KE_ET], '2024-03-06').filter((e) => e.type === 'agreement')
    expect(agreement.when).toMatchObject({ start: '2024-03-04' })
  })

  it('keeps agreements signed at two dates apart', () => {
    const text = 'Brazil and Argentina signed a currency swap deal in January 2023 and a gas pipeline accord in July 2023.'
    const agreements = eventsOf(text, BR_AR, '2023-12-01').filter((e) => e.type === 'agreement')
    expect(agreements.map((a) => a.when?.start)).toEqual(['2023-01-01', '2023-07-01'])
  })

  it('reads "witnessed the signing of" as an agreement of the leaders', () => {
    const text = 'Lula and Fernández then witnessed the signing of documents on science and defence.'
    const [agreement] = eventsOf(text, BR_AR).filter((e) => e.type === 'agreement')
    expect(agreement.actors).toEqual(expect.arrayContaining([key.lula, key.fernandez]))
  })

  it('reads aid in a participle with its giver, in a sum raised, and in goods being delivered; not a delivery prevented', () => {
    const gifted = eventsOf('The Philippines received two million doses of vaccine gifted by Japan on Monday.', JP_PH, '2021-06-09').filter(
      (e) => e.type === 'aid',
    )
    expect(gifted.map((e) => [e.sourceActors, e.targetActors])).toEqual([[['country:JP'], ['country:PH']]])
    const raised = eventsOf('Japan on Friday raised its typhoon relief for the Philippines to $12 million.', JP_PH, '2021-06-09').filter(
      (e) => e.type === 'aid',
    )
    expect(raised.map((e) => [e.sourceActors, e.targetActors])).toEqual([[['country:JP'], ['country:PH']]])
    const delivering = eventsOf('A Japanese navy ship docked on Tuesday, delivering water, tents and medical supplies to the Philippines.', JP_PH, '2021-06-09')
    expect(delivering.filter((e) => e.type === 'aid')).toHaveLength(1)
    const blocked = eventsOf('A Japanese ship blocked a Philippine boat from delivering food and fuel to the shoal.', JP_PH, '2021-06-09')
    expect(blocked.filter((e) => e.type === 'aid')).toEqual([])
    const rates = eventsOf('Japan raised its interest rates on loans to Philippine banks.', JP_PH, '2021-06-09')
    expect(rates.filter((e) => e.type === 'aid')).toEqual([])
  })

  it('reads aid given and planned, with giver and recipient', () => {
    const text =
      'In March 2021, Japan donated 1 million doses of vaccine to the Philippines. Japan announced that it would give the Philippines another batch of medical supplies.'
    const aid = eventsOf(text, JP_PH, '2021-06-01').filter((e) => e.type === 'aid')
    expect(aid).toHaveLength(2)
    expect(aid[0].status).toBe('occurred')
    expect(aid[1].status).toBe('planned')
    for (const a of aid) expect([...a.actors].sort()).toEqual(['country:JP', 'country:PH'])
    expect(aid[0].plover).toBe('AID')
  })

  it('reads money paid or committed to the other side as aid, not a price or a commitment to a policy', () => {
    const pay = eventsOf('Japan will pay the Philippines 3 billion yen for coastguard training.', JP_PH, '2021-06-01').filter((e) => e.type === 'aid')
    expect(pay).toHaveLength(1)
    expect(pay[0].status).toBe('planned')
    expect([...pay[0].actors].sort()).toEqual(['country:JP', 'country:PH'])
    const committed = eventsOf('Brazil committed 40 million reais to the Argentine flood fund.', BR_AR, '2023-06-01').filter((e) => e.type === 'aid')
    expect(committed).toHaveLength(1)
    // One event for "committed to sending": the sending, still to come.
    const sending = eventsOf('Japan committed to sending Manila 500 million yen in radars.', JP_PH, '2021-06-01').filter((e) => e.type === 'aid')
    expect(sending.map((e) => e.status)).toEqual(['planned'])
    expect(eventsOf('Japan paid 2 billion dollars for Philippine nickel.', JP_PH, '2021-06-01').filter((e) => e.type === 'aid')).toEqual([])
    expect(eventsOf('Japan committed to deepening ties with the Philippines.', JP_PH, '2021-06-01').filter((e) => e.type === 'aid')).toEqual([])
  })

  it('reads agreements struck, unveiled or announced as new, with their count', () => {
    const struck = eventsOf('Kenya and Ethiopia struck a deal on power exports on Friday.', KE_ET, '2024-03-04').filter((e) => e.type === 'agreement')
    expect(struck.map((e) => e.ruleId)).toEqual(['events:agreement-announced'])
    expect([...struck[0].actors].sort()).toEqual(['country:ET', 'country:KE'])
    const unveiled = eventsOf('Brazil and Argentina unveiled 9 investment deals in Rio de Janeiro.', BR_AR, '2023-06-01').filter((e) => e.type === 'agreement')
    expect(unveiled[0]?.count).toBe(9)
    // Announced by no one named: between the article's two countries.
    const announced = eventsOf('Kenya and Ethiopia held talks. Business groups also announced 14 new agreements.', KE_ET, '2024-03-04').filter(
      (e) => e.type === 'agreement',
    )
    expect(announced.map((e) => [e.count, [...e.actors].sort()])).toEqual([[14, ['country:ET', 'country:KE']]])
    const restore = eventsOf('On 3 May Kenya and Ethiopia announced the agreement to reopen the border.', KE_ET, '2024-05-06').filter(
      (e) => e.type === 'agreement',
    )
    expect(restore.map((e) => e.when?.start)).toEqual(['2024-05-03'])
    // An agreement already in force, or a clause about one, is not a new one.
    expect(eventsOf('Kenya announced the agreement with Ethiopia was working.', KE_ET, '2024-03-04').filter((e) => e.type === 'agreement')).toEqual([])
    expect(
      eventsOf('Ethiopia announced that talks on a deal with Kenya would resume.', KE_ET, '2024-03-04').filter(
        (e) => e.ruleId === 'events:agreement-announced',
      ),
    ).toEqual([])
    // A phrase opened by a preposition between verb and noun: the verb concludes something else, not the accord named there.
    expect(
      eventsOf('It is the first such pact Kenya has concluded since its defence accord with Ethiopia in 1998.', KE_ET, '2024-03-04').filter(
        (e) => e.ruleId === 'events:agreement-announced',
      ),
    ).toEqual([])
  })

  it('reads a programme approved with its parties between the noun and the verb, and counted agreements expected to be signed', () => {
    const approved = eventsOf('The action plan between Kenya and Ethiopia was approved on Friday.', KE_ET, '2024-03-04').filter((e) => e.type === 'agreement')
    expect(approved.map((e) => e.when?.start)).toEqual(['2024-03-01'])
    const expected = eventsOf(
      "Kenya's Ruto will visit Ethiopia next week. Twelve agreements are expected to be signed during the visit.",
      KE_ET,
      '2024-03-04',
    ).filter((e) => e.type === 'agreement')
    expect(expected.map((e) => [e.status, e.count, [...e.actors].sort()])).toEqual([['planned', 12, ['country:ET', 'country:KE']]])
  })

  it('reads a medal presented by one leader to the other', () => {
    const text = 'Fernández presented the Order of the Liberator San Martín to Lula.'
    const [award] = eventsOf(text, BR_AR).filter((e) => e.type === 'award')
    expect([...award.actors].sort()).toEqual([key.fernandez, key.lula].sort())
  })
})

describe('evidence', () => {
  it('gives two events of one type in one clause distinct evidence spans (ids derive from them)', () => {
    const text = 'Brazil and Argentina signed a memorandum on energy and inked three contracts on gas in January 2023.'
    const agreements = eventsOf(text, BR_AR, '2023-02-01').filter((e) => e.type === 'agreement')
    expect(agreements).toHaveLength(2)
    expect(agreements[0].span.start).not.toBe(agreements[1].span.start)
    expect(agreements[0].span.end).toBe(agreements[1].span.end)
  })
})

describe('aid without named parties', () => {
  it('keeps a stated donation between the pair when the sentence names nobody', () => {
    const text = 'Japan and the Philippines agreed to expand health cooperation. Last year, 2 million doses of vaccine were donated under the programme.'
    const [aid] = eventsOf(text, JP_PH, '2024-01-10').filter((e) => e.type === 'aid')
    expect([...aid.actors].sort()).toEqual(['country:JP', 'country:PH'])
    expect(aid.when?.start).toBe('2023-01-01')
  })
})
