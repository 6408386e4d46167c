import { describe, expect, it } from 'vitest'
import { country, eventsOf, person } from './helpers.js'

const IN_PK = [country('IN', 'India', 'Indian'), country('PK', 'Pakistan', 'Pakistani')]
const KE_UG = [country('KE', 'Kenya', 'Kenyan'), country('UG', 'Uganda', 'Ugandan')]
const US_BR = [country('US', 'United States', 'US'), country('BR', 'Brazil', 'Brazilian')]
const CA_IN = [country('CA', 'Canada', 'Canadian', 'Ottawa'), country('IN', 'India', 'Indian'), person('Mark Holt', 'CA', ['prime minister'])]
const SO_ET = [country('SO', 'Somalia', 'Somali'), country('ET', 'Ethiopia', 'Ethiopian')]
const JP_CN = [country('JP', 'Japan', 'Japanese'), country('CN', 'China', 'Chinese')]
const AZ_IR = [country('AZ', 'Azerbaijan', 'Azerbaijani'), country('IR', 'Iran', 'Iranian')]
const UA_HU = [country('UA', 'Ukraine', 'Ukrainian'), country('HU', 'Hungary', 'Hungarian')]
const RW_GB = [country('RW', 'Rwanda', 'Rwandan'), country('GB', 'Britain', 'British')]
const FR_DZ = [country('FR', 'France', 'French'), country('DZ', 'Algeria', 'Algerian')]
const VE_GY = [country('VE', 'Venezuela', 'Venezuelan'), country('GY', 'Guyana', 'Guyanese')]
const SG_MY = [country('SG', 'Singapore', 'Singaporean'), country('MY', 'Malaysia', 'Malaysian')]

/** The events of one type in `text`, read against the article date given (a day in 2025 unless told). */
const ofType = (text: string, entities: Parameters<typeof eventsOf>[1], type: string, date = '2025-05-22') =>
  eventsOf(text, entities, date).filter((e) => e.type === type)

describe('strain in more forms', () => {
  it('reads a persona non grata order with a long description of the official', () => {
    const text = 'India declared an official working at the Pakistan embassy in New Delhi persona non grata on Wednesday.'
    const [expelled] = ofType(text, IN_PK, 'expulsion')
    expect(expelled.sourceActors).toEqual(['country:IN'])
  })

  it('reads a passive expulsion after a fronted date', () => {
    expect(ofType('On May 13, another Pakistani official was expelled by India.', IN_PK, 'expulsion')).toHaveLength(1)
  })

  it('reads a demarche issued, actively or in the passive, as a protest', () => {
    expect(ofType('India issued a strong demarche to Pakistan over the remarks.', IN_PK, 'protest')).toHaveLength(1)
    expect(ofType("Pakistan's charge d'affaires was issued a demarche by India on Wednesday.", IN_PK, 'protest')).toHaveLength(1)
  })

  it('reads diplomats called back as a recall, and a border checkpost shut as a restriction', () => {
    expect(ofType('India called back its diplomats from Pakistan on Wednesday.', IN_PK, 'sanction')[0]?.cameo).toBe('161')
    expect(ofType('India shut the land border checkpost with Pakistan on Wednesday.', IN_PK, 'sanction')[0]?.cameo).toBe('163')
  })

  it('reads trade cut by one side: "stopped importing Ugandan milk", "implemented a 40% tariff on Brazilian goods"', () => {
    expect(ofType('Kenya stopped importing Ugandan milk in 2019.', KE_UG, 'sanction')).toHaveLength(1)
    expect(ofType('The US implemented a 40% tariff on Brazilian goods in July.', US_BR, 'sanction')).toHaveLength(1)
  })

  it('reads "alleged", "linked X to the murder" and "called the hike a mistake" as accusations, but not the adjective "alleged"', () => {
    expect(ofType('Prime Minister Mark Holt on Monday alleged Indian involvement in the killing of a Sikh leader.', CA_IN, 'accusation')).toHaveLength(1)
    expect(ofType('Ottawa linked several Indian diplomats, including the high commissioner, to the murder.', CA_IN, 'accusation')).toHaveLength(1)
    expect(ofType('Brazil has repeatedly called the US tariff hike a mistake.', US_BR, 'accusation')).toHaveLength(1)
    expect(ofType('Canada expelled an Indian diplomat over his alleged role in the plot.', CA_IN, 'accusation')).toHaveLength(0)
  })

  it('reads a demand in the subjunctive without "that": "demanded China review the ban"', () => {
    const [demand] = ofType('Japan has demanded China review the import ban.', JP_CN, 'demand')
    expect(demand.sourceActors).toEqual(['country:JP'])
    expect(demand.targetActors).toEqual(['country:CN'])
  })

  it('reads an envoy sent back home as an expulsion, not an envoy dispatched; missions closed as reduced relations', () => {
    expect(ofType('Somalia sent the Ethiopian ambassador in Mogadishu back home on Thursday.', SO_ET, 'expulsion')).toHaveLength(1)
    expect(ofType('Somalia sent the Ethiopian ambassador in Mogadishu back home on Thursday.', SO_ET, 'meeting')).toHaveLength(0)
    expect(ofType('Somalia sent a special envoy to Ethiopia on Thursday.', SO_ET, 'meeting')).toHaveLength(1)
    expect(ofType('Somalia also closed two Ethiopian consulates on Thursday.', SO_ET, 'sanction')[0]?.cameo).toBe('161')
    expect(ofType('Somalia ordered the closure of two Ethiopian consulates.', SO_ET, 'sanction')).toHaveLength(1)
  })

  it('reads "would defend itself if" said of the other side as a threat, and paused talks as halted negotiations', () => {
    const [threat] = ofType('Somalia said in February it would defend itself if Ethiopia goes ahead with the port deal.', SO_ET, 'threat')
    expect(threat.sourceActors).toEqual(['country:SO'])
    expect(ofType('Somalia said it would defend its waters.', SO_ET, 'threat')).toHaveLength(0)
    expect(ofType('Somalia paused trade talks with Ethiopia.', SO_ET, 'sanction')[0]?.cameo).toBe('164')
  })

  it('reads a trade mission postponed, officials sanctioned, and conduct "expected" of the other side', () => {
    expect(ofType('Canada postponed a trade mission to India last week.', CA_IN, 'sanction')[0]?.cameo).toBe('164')
    expect(ofType('The US sanctioned several Brazilian officials.', US_BR, 'sanction')).toHaveLength(1)
    expect(ofType('Canada expects India to fully cooperate with the inquiry.', CA_IN, 'demand')).toHaveLength(1)
    expect(ofType('Canada expects India to grow fast this year.', CA_IN, 'demand')).toHaveLength(0)
  })

  it('reads "urged China to repeal its measure" as an appeal to yield', () => {
    expect(ofType('Japan urged China to repeal its measure.', JP_CN, 'demand')[0]?.cameo).toBe('025')
  })
})

describe('measures and charges from the third round of articles', () => {
  const of = (text: string, entities: Parameters<typeof eventsOf>[1], type: string) => ofType(text, entities, type, '2024-04-16')

  it('reads visas cut, embassy staff evacuated and aid paused as measures against the other side', () => {
    expect(of('France cut the number of visas granted to people from Algeria.', FR_DZ, 'sanction')).toHaveLength(1)
    expect(of('Azerbaijan evacuated staff from its embassy in Iran on Sunday.', AZ_IR, 'sanction')[0]?.cameo).toBe('161')
    expect(of('Britain paused bilateral aid to Rwanda in February.', RW_GB, 'sanction')).toHaveLength(1)
  })

  it('reads a payment requested from the other side and a probe demanded as demands', () => {
    expect(of('Rwanda is requesting a £50 million payment from Britain.', RW_GB, 'demand')).toHaveLength(1)
    expect(of('Azerbaijan condemned the attack in Iran and demanded a probe.', AZ_IR, 'demand')).toHaveLength(1)
  })

  it('reads a spy network uncovered as a charge, and agents arrested as arrests', () => {
    expect(of('Ukraine said it uncovered a Hungarian-run spy network.', UA_HU, 'accusation')).toHaveLength(1)
    expect(of('Ukraine said it had arrested two suspected Hungarian agents.', UA_HU, 'arrest')).toHaveLength(1)
  })
})

describe('criticism voiced, forces built up, calls between ministers', () => {
  const of = (text: string, entities: Parameters<typeof eventsOf>[1], type: string) => ofType(text, entities, type, '2023-12-06')

  it('reads critical remarks made about the other side as criticism', () => {
    expect(of('France made critical remarks about Algeria in an interview.', FR_DZ, 'accusation')[0]?.cameo).toBe('111')
  })

  it('reads more soldiers sent to the border as a build-up of forces', () => {
    expect(of('Venezuela increased the number of its soldiers on the border with Guyana.', VE_GY, 'military_action')).toHaveLength(1)
  })

  it('reads "a call between the foreign ministers" as a phone call', () => {
    expect(of('In a call between the foreign ministers of Singapore and Malaysia on Tuesday, the port was discussed.', SG_MY, 'phone_call')).toHaveLength(1)
  })
})

describe('measures told as taxes, retaliation and freight stopped', () => {
  it('reads taxes imposed on the other side’s imports as a tariff measure', () => {
    expect(ofType('The United States has imposed taxes on $40 billion worth of Brazilian imports.', US_BR, 'sanction')[0]?.cameo).toBe('163')
  })

  it('reads retaliation by a named measure as a sanction, and not an expulsion told so', () => {
    expect(ofType('Brazil has retaliated by targeting about $20 billion in US products.', US_BR, 'sanction')).toHaveLength(1)
    expect(ofType('Hungary retaliated by expelling two Ukrainian diplomats.', UA_HU, 'sanction')).toHaveLength(0)
  })

  it('reads a recall the side opted or chose to make as a recall', () => {
    expect(ofType('Kenya had opted to recall its ambassador to Uganda for consultations.', KE_UG, 'sanction')[0]?.cameo).toBe('161')
    expect(ofType('Uganda chose to expel two Kenyan diplomats.', KE_UG, 'expulsion')).toHaveLength(1)
  })

  it('reads freight traffic halted at the border with the other side as a restriction', () => {
    expect(ofType('Kenya halted all freight traffic through the border with Uganda on Monday.', KE_UG, 'sanction')).toHaveLength(1)
  })
})

describe('orders and appeals in more forms', () => {
  it('reads "told X to" and the passive "was told to" as a demand, and "told reporters" as none', () => {
    expect(ofType('India told Pakistan to stop supporting armed groups.', IN_PK, 'demand')).toHaveLength(1)
    expect(ofType('The Pakistani official was also told to ensure that no diplomat misuses privileges in India.', IN_PK, 'demand')).toHaveLength(1)
    expect(ofType('The Indian minister told reporters that India wants to expand trade with Pakistan.', IN_PK, 'demand')).toHaveLength(0)
  })

  it('reads an appeal a side will continue to make as its appeal', () => {
    expect(ofType('Japan will continue to ask China to immediately repeal its ban.', JP_CN, 'demand')).toHaveLength(1)
  })
})

describe('one side of the pair acting alone on the other', () => {
  const BY_PL = [country('BY', 'Belarus', 'Belarusian', 'Minsk'), country('PL', 'Poland', 'Polish', 'Warsaw')]
  const story = (sentence: string) => `Belarus and Poland traded blame on Tuesday. ${sentence}`

  it('reads a crossing closed or a treaty suspended by one of the pair as a sanction on the other', () => {
    const [closed] = ofType(story('Warsaw shut the Kuznica crossing on Monday.'), BY_PL, 'sanction')
    expect([closed?.sourceActors, closed?.targetActors]).toEqual([['country:PL'], ['country:BY']])
    const [treaty] = ofType(story('Minsk suspended the good-neighbourhood treaty on Friday.'), BY_PL, 'sanction')
    expect([treaty?.sourceActors, treaty?.targetActors]).toEqual([['country:BY'], ['country:PL']])
  })

  it('reads none when the story is not of two countries or the one acting is not of the pair', () => {
    expect(ofType('Warsaw shut the Kuznica crossing on Monday.', BY_PL, 'sanction')).toEqual([])
    const UA = [...BY_PL, country('UA', 'Ukraine', 'Ukrainian', 'Kyiv')]
    expect(ofType(story('Kyiv shut the Yahodyn crossing on Monday.'), UA, 'sanction')).toEqual([])
  })

  it('reads a participle after "has since" as the verb ("has since sanctioned")', () => {
    expect(ofType('The US has since sanctioned several Brazilian officials.', US_BR, 'sanction')).toHaveLength(1)
  })
})

describe('diplomatic staff cut and recalled', () => {
  const RU_EE = [country('RU', 'Russia', 'Russian', 'Moscow'), country('EE', 'Estonia', 'Estonian', 'Tallinn')]

  it('reads "reduced the size of the X embassy" as relations reduced (161)', () => {
    const [cut] = ofType('Russia reduced the size of the Estonian embassy in Moscow from 20 to 8 staff.', RU_EE, 'sanction')
    expect(cut?.cameo).toBe('161')
    expect(ofType('Russia reduced the size of its grain exports to Estonia.', RU_EE, 'sanction').filter((e) => e.cameo === '161')).toEqual([])
  })

  it('reads a passive with "also" or "later" between the auxiliary and the participle', () => {
    expect(ofType('Estonian diplomats posted in Moscow were also called back on Friday.', RU_EE, 'sanction').map((e) => e.cameo)).toEqual(['161'])
    expect(ofType('Two Estonian diplomats were later expelled by Russia.', RU_EE, 'expulsion')).toHaveLength(1)
  })
})

describe('an obligation laid on the other side in reported speech', () => {
  it('reads "said X must/should/needs to ..." as a demand of the speaker on X, to yield when it is to stop or undo', () => {
    const [open] = ofType('Japan said China needs to open its market to Japanese rice.', JP_CN, 'demand')
    expect([open?.cameo, open?.sourceActors, open?.targetActors]).toEqual(['100', ['country:JP'], ['country:CN']])
    expect(ofType('Kenya insisted that Uganda must lift the ban on Kenyan milk.', KE_UG, 'demand').map((e) => e.cameo)).toEqual(['105'])
  })

  it('reads no act in what a side ought to do, and no demand in a need stated by both sides', () => {
    expect(ofType('Japan said China should lift its ban on Japanese seafood.', JP_CN, 'yield')).toEqual([])
    expect(ofType('The two sides stressed the need to diversify trade between Kenya and Uganda.', KE_UG, 'demand')).toEqual([])
    expect(ofType('Japan said China must not be isolated.', JP_CN, 'demand')).toEqual([])
  })
})

describe('an undertaking to the other side disowned', () => {
  it('reads "reneged on a deal", "walked away from the accord" as a rejection (12), not a deal merely discussed', () => {
    expect(ofType('Kenya reneged on a $2 billion deal to buy Ugandan sugar.', KE_UG, 'rejection').map((e) => e.cameo)).toEqual(['120'])
    expect(ofType('Japan walked away from the fisheries accord with China on Monday.', JP_CN, 'rejection')).toHaveLength(1)
    expect(ofType('Kenya and Uganda discussed the sugar deal on Monday.', KE_UG, 'rejection')).toEqual([])
  })

  it('reads a deal, contract or plan cancelled, scrapped or discontinued as a rejection (12); suspended, as relations reduced (16)', () => {
    expect(ofType('Britain scrapped the migration plan agreed with Rwanda after the election.', RW_GB, 'rejection').map((e) => e.cameo)).toEqual(['120'])
    const [discontinued] = ofType('The British government discontinued the asylum scheme with Rwanda in July.', RW_GB, 'rejection')
    expect([discontinued?.sourceActors, discontinued?.targetActors]).toEqual([['country:GB'], ['country:RW']])
    expect(ofType('Algeria suspended the friendship treaty with France.', FR_DZ, 'sanction').map((e) => e.cameo)).toEqual(['160'])
    expect(ofType('Algeria suspended the friendship treaty with France.', FR_DZ, 'rejection')).toEqual([])
  })
})

describe('blame told in the base form, and a label after a long object', () => {
  it('reads "continues to blame", "continues to scapegoat", but not "is to blame"', () => {
    expect(ofType('Kenya continues to blame Uganda for the delays at the border.', KE_UG, 'accusation').map((e) => e.cameo)).toEqual(['112'])
    expect(ofType('Kenya continues to scapegoat Uganda over the delays.', KE_UG, 'accusation').map((e) => e.cameo)).toEqual(['111'])
    expect(ofType('Neither Kenya nor Uganda is to blame for the floods.', KE_UG, 'accusation')).toEqual([])
  })

  it('reads a negative label after "as" when the object is long', () => {
    const text = 'Brazil described the US decision to double the tariffs on Brazilian steel and aluminium exports as unfair and arbitrary.'
    const [label] = ofType(text, US_BR, 'accusation')
    expect([label?.cameo, label?.sourceActors, label?.targetActors]).toEqual(['111', ['country:BR'], ['country:US']])
  })
})

describe("the other side's craft refused", () => {
  const GH_NG = [country('GH', 'Ghana', 'Ghanaian', 'Accra'), country('NG', 'Nigeria', 'Nigerian', 'Abuja')]

  it('reads flights or vessels turned back or blocked as a rejection, and a participle before a noun as no act of its own', () => {
    const [blocked] = ofType('Ghana blocked two Nigerian military aircraft carrying deported migrants from landing.', GH_NG, 'rejection')
    expect([blocked?.cameo, blocked?.sourceActors, blocked?.targetActors]).toEqual(['120', ['country:GH'], ['country:NG']])
    expect(ofType('Ghana blocked two Nigerian military aircraft carrying deported migrants from landing.', GH_NG, 'expulsion')).toEqual([])
    expect(ofType('Venezuela turned back a Guyanese navy vessel on Monday.', VE_GY, 'rejection')).toHaveLength(1)
    // "had deported": the auxiliary makes it the verb.
    expect(ofType('Nigeria said Ghana had deported Nigerian migrants on Monday.', GH_NG, 'expulsion')).toHaveLength(1)
  })
})

describe('missions closed', () => {
  it('reads consulates one side of a two-country story closes, whosever they are, as relations cut (161) with the other', () => {
    const text = 'Somalia expelled the Ethiopian ambassador on Thursday and ordered the closure of two consulates in the north.'
    const [closed] = ofType(text, SO_ET, 'sanction')
    expect([closed?.cameo, closed?.sourceActors, closed?.targetActors]).toEqual(['161', ['country:SO'], ['country:ET']])
    expect(
      ofType('Somalia and Ethiopia are at odds over a port. Somalia closed two consulates in the north on Thursday.', SO_ET, 'sanction').map((e) => e.cameo),
    ).toEqual(['161'])
  })
})

describe('a trade ban told by its noun', () => {
  it('reads "X\'s ban on Y-ish goods" as a sanction of X on Y (163), either side by name or demonym', () => {
    const [eggs] = ofType("Kenya's ban on Ugandan eggs angered farmers.", KE_UG, 'sanction')
    expect([eggs?.cameo, eggs?.sourceActors, eggs?.targetActors]).toEqual(['163', ['country:KE'], ['country:UG']])
    const [seafood] = ofType("The Chinese ban of Japan's seafood imports stays in place.", JP_CN, 'sanction')
    expect([seafood?.sourceActors, seafood?.targetActors]).toEqual([['country:CN'], ['country:JP']])
  })

  it('reads a ban answered with ("retaliated with a ban on") and one on goods named by the other side ("Malaysian palm oil")', () => {
    const [answered] = ofType('In 2019, Kenya retaliated with a ban on Ugandan sugar.', KE_UG, 'sanction')
    expect([answered?.sourceActors, answered?.targetActors]).toEqual([['country:KE'], ['country:UG']])
    const [oil] = ofType("Singapore's ban on Malaysian palm oil took effect in May.", SG_MY, 'sanction')
    expect([oil?.sourceActors, oil?.targetActors]).toEqual([['country:SG'], ['country:MY']])
    // The ban taking effect is the ban: no milestone of the relationship besides it.
    expect(ofType("Singapore's ban on Malaysian palm oil took effect in May.", SG_MY, 'relations_milestone')).toEqual([])
    expect(ofType('The trade agreement between Singapore and Malaysia took effect in May.', SG_MY, 'relations_milestone')).toHaveLength(1)
  })

  it('reads none when one side only is named, or the ban is on something that is no trade', () => {
    expect(ofType("Kenya's ban on plastic bags took effect.", KE_UG, 'sanction')).toEqual([])
    expect(ofType("Kenya's ban on Kenyan eggs ended.", KE_UG, 'sanction')).toEqual([])
  })
})

describe("ships and aircraft entering the other side's waters or airspace", () => {
  const RU_EE = [country('RU', 'Russia', 'Russian', 'Moscow'), country('EE', 'Estonia', 'Estonian', 'Tallinn')]

  it('reads an entry into airspace or territorial waters as an incident of force shown (150), not force used', () => {
    const [jets] = ofType('Two Russian fighter jets entered Estonian airspace without permission on Friday.', RU_EE, 'incident')
    expect([jets?.cameo, jets?.sourceActors, jets?.targetActors]).toEqual(['150', ['country:RU'], ['country:EE']])
    expect(ofType("A Venezuelan navy vessel violated Guyana's territorial waters on Saturday.", VE_GY, 'incident').map((e) => e.cameo)).toEqual(['150'])
    expect(ofType('Two Russian fighter jets entered Estonian airspace without permission on Friday.', RU_EE, 'military_action')).toEqual([])
  })

  it('reads the intrusion told by a noun ("the intrusion of Chinese vessels into Japanese territorial waters"), not a crossing into land', () => {
    const [vessels] = ofType('Tokyo protested the intrusion of Chinese vessels into Japanese territorial waters on Monday.', JP_CN, 'incident')
    expect([vessels?.cameo, vessels?.sourceActors, vessels?.targetActors]).toEqual(['150', ['country:CN'], ['country:JP']])
    const [jets] = ofType('The incursion of Russian jets into its airspace on Friday alarmed Estonia.', RU_EE, 'incident')
    expect([jets?.sourceActors, jets?.targetActors]).toEqual([['country:RU'], ['country:EE']])
    expect(ofType('The incursion of Russian troops into Estonian territory was repelled.', RU_EE, 'incident').filter((e) => e.cameo === '150')).toEqual([])
  })
})
