import { describe, expect, it } from 'vitest'
import { processDocument } from '../../src/pipeline/run.js'

const read = (text: string, statedDate = '2024-05-13') => processDocument({ docId: 'd', source: 't.txt', text, meta: { statedDate } })

// Readiness said with an adjective ("stands ready to", "was willing to") is
// an intention (CAMEO 03), its infinitive deciding the code, as after "pledged to".
describe('readiness as an intention', () => {
  it('reads "stands ready to help finance" as an intent to cooperate, source before target', () => {
    const out = read('Kenya stands ready to help finance a new railway line into Uganda, the Kenyan transport minister said on Monday.')
    const intent = out.events.find((e) => e.type === 'statement')
    expect(intent?.cameo).toBe('030')
    expect(intent?.sourceActors).toContain('country:KE')
    expect(intent?.targetActors).toContain('country:UG')
  })

  it('keeps the signing offered by "was willing to sign" out of the events (not signed, not planned)', () => {
    const out = read('Chile was willing to sign a fisheries agreement with Peru before the end of the year, officials in Santiago said.')
    expect(out.events.map((e) => [e.type, e.cameo])).toContainEqual(['statement', '030'])
    expect(out.events.some((e) => e.type === 'agreement')).toBe(false)
    expect(out.unassertedEvents?.find((e) => e.type === 'agreement')?.modality).toBe('hypothetical')
  })

  it('reads readiness to facilitate dialogue as an intent to mediate, and to use means against a side as a threat', () => {
    const mediate = read('Ghana is ready to facilitate dialogue between the government of Togo and the opposition.')
    expect(mediate.events.find((e) => e.type === 'statement')?.cameo).toBe('039')
    const threat = read('Hungary was prepared to use every instrument at its disposal against Slovakia, its foreign minister said.')
    expect(threat.events.find((e) => e.type === 'threat')?.targetActors).toContain('country:SK')
  })

  it('reads nothing from readiness without a partner or a known complement', () => {
    const out = read('The Kenyan team stands ready to start the season on Monday.')
    expect(out.events.filter((e) => e.type === 'statement')).toEqual([])
  })
})

describe('talking with someone named after a title or by name alone', () => {
  it('reads "will speak with Argentine leader X on Friday" as planned talks between the two persons', () => {
    const out = read('Brazilian President Luiz Lula will speak with Argentine leader Javier Milei on Friday, his office said.')
    const talks = out.events.find((e) => e.ruleId === 'events:contact-verb')
    expect(talks?.actors).toEqual(expect.arrayContaining(['person:luiz lula', 'person:javier milei']))
    expect(talks?.status).toBe('planned')
    expect(talks?.when?.start).toBe('2024-05-17')
  })

  it('takes a bare full name after "spoken with" for a person, and dates "expects to speak" ahead', () => {
    const call = read('Prime Minister Tomas Berglund has spoken with Mariana Estrada by phone three times this month, his office said.')
    expect(call.events.find((e) => e.type === 'phone_call')?.actors).toEqual(expect.arrayContaining(['person:mariana estrada']))
    const ahead = read('Chancellor Anna Keller told reporters that she expects to speak with Mariana Estrada on Wednesday.')
    const planned = ahead.events.find((e) => e.ruleId === 'events:contact-verb')
    expect([planned?.status, planned?.when?.start]).toEqual(['planned', '2024-05-15'])
  })

  it('does not take a name before a common noun for a person ("met Santa Rosa executives")', () => {
    const out = read('The delegation met Santa Rosa executives in Lima on Monday.')
    expect(out.actors.some((a) => a.key === 'person:santa rosa')).toBe(false)
  })
})

describe('a call denied', () => {
  it('keeps a call out of the events when reports of it are "dismissed as fake news"', () => {
    const out = read('The presidential office on Monday dismissed as "fake news" online reports that President Ramon Cruz had spoken with Xi Jinping by phone.')
    expect(out.events.some((e) => e.type === 'phone_call')).toBe(false)
    expect(out.unassertedEvents?.find((e) => e.type === 'phone_call')?.modality).toBe('denied')
  })
})

describe('the speaker after the clause', () => {
  it('acts for the subject: ", Foreign Minister X said" joins the source, not the target', () => {
    const out = read('Kenya protested to Uganda over the arrests, Kenyan Foreign Minister Musalia Mudavadi said.')
    const protest = out.events.find((e) => e.type === 'protest')
    expect([protest?.sourceActors, protest?.targetActors]).toEqual([['country:KE', 'person:musalia mudavadi'], ['country:UG']])
  })

  it('stays out of the source when the speaker is of the other side, or of no known side', () => {
    const out = read('Russia accused Ukraine of shelling the plant, Ukrainian Foreign Minister Dmytro Kuleba said on Monday.')
    expect(out.events.find((e) => e.type === 'accusation')?.sourceActors).toEqual(['country:RU'])
    const unknown = read('Azerbaijani forces shelled border posts overnight, Prime Minister Nikol Pashinyan said.')
    expect(unknown.events.find((e) => e.type === 'military_action')?.sourceActors).not.toContain('person:nikol pashinyan')
  })
})

describe('two sides announcing together', () => {
  it('reads "the Kenyan and Ethiopian presidents announced that" as a statement of both (CAMEO 010)', () => {
    const out = read(
      'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed announced on Monday that the border crossing at Moyale would reopen.',
    )
    const said = out.events.find((e) => e.ruleId === 'events:joint-announcement')
    expect(said?.cameo).toBe('010')
    expect(said?.actors).toEqual(expect.arrayContaining(['person:william ruto', 'person:abiy ahmed']))
  })

  it('reads two persons of no stated country announcing together as a joint statement', () => {
    const said = read('Ilse Varga and João Pedro da Costa today announced that the two countries would pursue a common currency.').events.find(
      (e) => e.ruleId === 'events:joint-announcement',
    )
    expect(said?.actors).toEqual(expect.arrayContaining(['person:ilse varga', 'person:joao pedro da costa']))
  })

  it('reads nothing when one side announces, or the two named are of one country', () => {
    expect(
      read('Kenyan President William Ruto announced that Kenya would open an embassy in Addis Ababa.').events.some(
        (e) => e.ruleId === 'events:joint-announcement',
      ),
    ).toBe(false)
    expect(
      read('Kenyan President William Ruto and his deputy Kithure Kindiki announced that the tax would be cut.').events.some(
        (e) => e.ruleId === 'events:joint-announcement',
      ),
    ).toBe(false)
  })
})

describe('a commitment to go on', () => {
  it('reads "will continue to firmly support Y" and "would keep supporting Y" as intentions toward Y', () => {
    const out = read('Norway will continue to firmly support Ukraine in its reconstruction, the Norwegian prime minister said.')
    expect(out.events.find((e) => e.type === 'statement')?.targetActors).toContain('country:UA')
    expect(read('Portugal would keep supporting Angola in the talks, officials said.').events.find((e) => e.type === 'statement')?.cameo).toBe('030')
  })

  it('reads nothing from "will continue to support the idea of ..."', () => {
    expect(read('Japan will continue to support the idea of a free and open Indo-Pacific with India.').events.filter((e) => e.type === 'statement')).toEqual([])
  })
})

describe('joint announcements: only the verb’s own subject', () => {
  it('reads nothing when another verb stands between the names and "confirmed that"', () => {
    const out = read(
      'Crowds burned flags and Kenyan-made goods outside the Kenyan embassy in Kampala, a day after the Ugandan army confirmed that two soldiers had died.',
    )
    expect(out.events.some((e) => e.ruleId === 'events:joint-announcement')).toBe(false)
  })
})

describe('an occasion fronted before its participants', () => {
  it('reads "At Thursday\'s summit in Lima, A and B said" as the summit of A and B, dated by the frame', () => {
    const out = read(
      "At Thursday's summit in Lima, Chilean President Gabriel Boric and Peruvian President Dina Boluarte said they would reopen the border crossing.",
    )
    const summit = out.events.find((e) => e.ruleId === 'events:fronted-occasion')
    expect(summit?.type).toBe('summit')
    expect(summit?.actors).toEqual(expect.arrayContaining(['person:gabriel boric', 'person:dina boluarte']))
    expect(summit?.when?.start).toBe('2024-05-09')
  })

  it('reads nothing when the main clause starts with one side only, or the frame is not the sentence opening', () => {
    expect(
      read('At the meeting, the Kenyan delegation raised the border issue with Ethiopian Prime Minister Abiy Ahmed.').events.some(
        (e) => e.ruleId === 'events:fronted-occasion',
      ),
    ).toBe(false)
    expect(
      read('Officials said that at the meeting, President William Ruto and Prime Minister Abiy Ahmed agreed.').events.some(
        (e) => e.ruleId === 'events:fronted-occasion',
      ),
    ).toBe(false)
  })
})

describe('an event noun leading a subordinate clause', () => {
  it('reads "when the incident occurred on Tuesday" as an incident dated Tuesday', () => {
    const out = read('The frigate was in international waters when the incident occurred on Tuesday involving an Indian destroyer.')
    const incident = out.events.find((e) => e.type === 'incident')
    expect(incident?.actors).toContain('country:IN')
    expect(incident?.when?.start).toBe('2024-05-07')
  })
})

describe('refusals by a bare name', () => {
  it('reads "X has turned down any entry of aid convoys from Y" as X rejecting Y', () => {
    const out = read('Daniel Ortega has turned down any entry of aid convoys from Costa Rica, telling supporters the country needs no help.')
    const rejection = out.events.find((e) => e.type === 'rejection')
    expect([rejection?.sourceActors, rejection?.targetActors]).toEqual([['person:daniel ortega'], ['country:CR']])
  })

  it('reads rejecting a mediation mission as a rejection of the mediator', () => {
    const out = read('Alpha Conde has refused to step down, rejecting the ECOWAS mediation mission that flew into Conakry on Tuesday.')
    expect(out.events.find((e) => e.type === 'rejection')?.targetActors).toContain('org:ecowas')
  })
})

describe('requests put to the other side', () => {
  it('reads "formally requested on Tuesday that Y share ..." as a demand on Y', () => {
    const out = read('Chile formally requested on Tuesday that Argentina share part of its stock of vaccine doses.')
    const demand = out.events.find((e) => e.type === 'demand')
    expect([demand?.sourceActors, demand?.targetActors]).toEqual([['country:CL'], ['country:AR']])
  })
})

describe('relief told by the vessel that carries it', () => {
  it('reads "Turkish navy ships carrying food and tents set sail for Libya" as humanitarian aid from Turkey to Libya', () => {
    const out = read('Two Turkish navy ships carrying food, tents and medical supplies set sail for Libya on Monday, the defence ministry said.')
    const aid = out.events.find((e) => e.ruleId === 'events:aid-carried')
    expect([aid?.cameo, aid?.sourceActors, aid?.targetActors, aid?.when?.start]).toEqual(['073', ['country:TR'], ['country:LY'], '2024-05-13'])
  })

  it('reads no aid from a ship carrying goods of trade', () => {
    expect(read('A Turkish cargo ship carrying steel set sail for Libya on Monday.').events.some((e) => e.ruleId === 'events:aid-carried')).toBe(false)
  })
})

describe('goods arriving', () => {
  it('reads no visit when a ship carrying goods arrives', () => {
    expect(read('A Chinese cargo ship carrying steel arrived in Manila on Friday.').events.some((e) => e.type === 'visit')).toBe(false)
    expect(read('A Chinese delegation arrived in Manila on Friday.').events.some((e) => e.type === 'visit')).toBe(true)
  })
})

describe('detention by a state', () => {
  it('reads "has been held by Chinese authorities" as an arrest by China, and not "held talks with officials"', () => {
    const out = read('An Australian journalist has been held by Chinese authorities for several weeks, Canberra said on Monday.')
    expect(out.events.find((e) => e.type === 'arrest')?.sourceActors).toEqual(['country:CN'])
    expect(read('The two ministers held talks with Chinese officials in Hanoi.').events.some((e) => e.type === 'arrest')).toBe(false)
  })

  it('reads "jailed for life a 21-year-old Georgian soldier" as an arrest of Georgia\'s national', () => {
    const out = read('A Tbilisi court on Monday jailed for life a 21-year-old Russian army commander for the killing.')
    expect(out.events.find((e) => e.type === 'arrest')?.targetActors).toContain('country:RU')
  })
})

describe('who visits, meets or calls whom', () => {
  it('reads a visit as the guest (and its country) acting on the host country', () => {
    const visit = read('Ghanaian President John Mahama arrived in Abuja on Friday for a two-day visit.').events.find((e) => e.type === 'visit')
    expect([visit?.sourceActors, visit?.targetActors]).toEqual([['person:john mahama', 'country:GH'], ['country:NG']])
  })

  it('reads "A met B" and "A phoned B" as A acting on B, and "the two leaders met" as no sides', () => {
    const met = read('Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.').events.find((e) => e.type === 'meeting')
    expect([met?.sourceActors, met?.targetActors]).toEqual([['person:william ruto'], ['person:abiy ahmed']])
    const both = read('Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Nairobi on Monday.').events.find(
      (e) => e.type === 'meeting',
    )
    expect([both?.sourceActors, both?.targetActors]).toEqual([undefined, undefined])
  })
})

describe('a speaker of no stated country', () => {
  it('speaks for the subject of an intention ("Ghana stands ready to ..., Foreign Minister X said")', () => {
    const out = read('Ghana stands ready to facilitate dialogue between the parties in Togo, Foreign Minister Samuel Ablakwa said on Friday.')
    expect(out.events.find((e) => e.type === 'statement')?.sourceActors).toEqual(['country:GH', 'person:samuel ablakwa'])
  })
})

describe('a relative pronoun as subject', () => {
  it('reads ", which recalled its ambassador" and "a post by X that accused Y" with the name before the pronoun as source', () => {
    const recall = read('Armenia shelled border posts on Tuesday, drawing a furious response from Baku, which recalled its ambassador from Yerevan.')
    const sanction = recall.events.find((e) => e.type === 'sanction')
    expect([sanction?.sourceActors, sanction?.targetActors]).toEqual([['country:AZ'], ['country:AM']])
    const post = read('Kenya rejected a post by Ugandan President Yoweri Museveni that accused Nairobi of harbouring rebels.')
    expect(post.events.find((e) => e.type === 'accusation')?.sourceActors).toContain('person:yoweri museveni')
  })
})

describe('a call received', () => {
  it('reads "received a call on Wednesday from X" as a call from X', () => {
    const out = read('Kenyan President William Ruto received a call on Wednesday from Ethiopian Prime Minister Abiy Ahmed.')
    const call = out.events.find((e) => e.type === 'phone_call')
    expect([call?.sourceActors, call?.targetActors, call?.when?.start]).toEqual([['person:abiy ahmed'], ['person:william ruto'], '2024-05-08'])
  })
})

describe('money received', () => {
  it('reads "received a $2 billion deposit from Y" as aid from Y', () => {
    const out = read('The central bank of Egypt said on Thursday it had received a $2 billion deposit from Saudi Arabia.')
    const aid = out.events.find((e) => e.type === 'aid')
    expect([aid?.sourceActors, aid?.targetActors?.includes('country:EG')]).toEqual([['country:SA'], true])
  })
})

describe('a relative after a preposition', () => {
  it('reads "..., under which X will provide" with X as the subject', () => {
    const out = read(
      'Japan and Fiji signed a renewed partnership on Monday, under which Tokyo will provide $300 million in economic assistance over ten years.',
    )
    const aid = out.events.find((e) => e.type === 'aid')
    expect([aid?.sourceActors, aid?.targetActors]).toEqual([['country:JP'], ['country:FJ']])
  })
})

// A pledge of aid announces it (CAMEO 033); aid given is CAMEO 07.
describe('aid pledged against aid given', () => {
  it('reads "pledged $500 million in support to" as an intent to provide aid, from giver to receiver', () => {
    const [e] = read('Japan has pledged $500 million in economic support to Sri Lanka, its finance ministry said.').events
    expect([e?.type, e?.cameo]).toEqual(['statement', '033'])
    expect(e?.sourceActors).toContain('country:JP')
    expect(e?.targetActors).toContain('country:LK')
  })

  it('keeps aid delivered as aid', () => {
    const [e] = read('Japan provided $500 million in loans to Sri Lanka last year.').events
    expect([e?.type, e?.cameo]).toEqual(['aid', '071'])
  })
})

// "met his Saudi counterpart": the partner named by title and country is a
// meeting, with the person of that country who holds the title when the story names one.
describe('meeting a counterpart named by title', () => {
  it('reads "met his Omani counterpart" as a meeting, the counterpart resolved from the story', () => {
    const text =
      'Kuwaiti Foreign Minister Abdullah Al-Yahya spoke with Omani Foreign Minister Badr Albusaidi by phone on Monday. ' +
      'The Kuwaiti foreign minister met his Omani counterpart in Muscat on Thursday.'
    const meeting = read(text).events.find((e) => e.type === 'meeting')
    expect(meeting?.actors).toEqual(expect.arrayContaining(['person:abdullah al yahya', 'person:badr albusaidi']))
  })

  it('reads "received his Ugandan counterpart" as a meeting with that country when no one holds the title in the story', () => {
    const meeting = read('Kenyan President William Ruto received his Ugandan counterpart at State House on Monday.').events.find((e) => e.type === 'meeting')
    expect(meeting?.actors).toEqual(expect.arrayContaining(['person:william ruto', 'country:UG']))
  })
})

describe('talks a trip is made for', () => {
  it('reads "will travel to X next week for talks with his counterpart" as planned talks with the other side\'s holder of the title', () => {
    const text =
      'Turkish Foreign Minister Hakan Fidan said on Friday he looked forward to the visit. ' +
      "Egypt's Foreign Minister Badr Abdelatty will travel to Ankara next week for talks with his counterpart."
    const talks = read(text).events.find((e) => e.type === 'talks')
    expect(talks?.status).toBe('planned')
    expect(talks?.actors).toEqual(expect.arrayContaining(['person:badr abdelatty', 'person:hakan fidan']))
  })
})

describe('an object pronoun after the verb', () => {
  it('reads "urging him to withdraw" with the person "him" stands for, not the subject', () => {
    const text =
      'Finnish President Alexander Stubb spoke by phone with Russian President Vladimir Putin on Friday, urging him to withdraw his troops from Ukraine.'
    const demand = read(text).events.find((e) => e.type === 'demand')
    expect(demand?.actors).toContain('person:vladimir putin')
    expect(demand?.sourceActors).toContain('person:alexander stubb')
    expect(demand?.sourceActors).not.toContain('person:vladimir putin')
  })
})
