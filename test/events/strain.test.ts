import { describe, expect, it } from 'vitest'
import { eventStage } from '../../src/events/stage.js'
import { contextFor, country, org, person, type FakeEntity } from './helpers.js'

// Sentences written for these tests, about pairs under strain, in several
// styles of news writing: active, passive, quotation, headline; and the
// negated and hypothetical forms that must not come out as events.
const WORLD: FakeEntity[] = [
  country('IT', 'Italy', 'Italian', 'Rome'),
  country('FR', 'France', 'French', 'Paris'),
  country('CD', 'the DRC', 'DRC', 'Congolese', 'Kinshasa'),
  country('RW', 'Rwanda', 'Rwandan', 'Kigali'),
  country('CN', 'China', 'Chinese', 'Beijing'),
  country('PH', 'the Philippines', 'Philippines', 'Philippine', 'Manila'),
  country('GB', 'Britain', 'British', 'London'),
  country('MX', 'Mexico', 'Mexican', 'Mexico City'),
  country('US', 'the United States', 'United States', 'U.S.', 'Washington'),
  country('AF', 'Afghanistan', 'Afghan', 'Kabul'),
  country('PK', 'Pakistan', 'Pakistani', 'Islamabad'),
  country('VE', 'Venezuela', 'Venezuelan', 'Caracas'),
  country('GY', 'Guyana', 'Guyanese', 'Georgetown'),
  country('SA', 'Saudi Arabia', 'Saudi', 'Riyadh'),
  country('IR', 'Iran', 'Iranian', 'Tehran'),
  country('NG', 'Nigeria', 'Nigerian', 'Abuja'),
  country('GH', 'Ghana', 'Ghanaian', 'Accra'),
  person('Marta Ricci', 'IT', ['Foreign Minister'], ['Ricci']),
  person('Kofi Mensah', 'GH', ['Foreign Minister'], ['Mensah']),
  person('Tunde Bello', 'NG', ['Foreign Minister'], ['Bello']),
  person('Reza Tavakoli', 'IR', ['Foreign Minister'], ['Tavakoli']),
  person('Faisal Al-Amri', 'SA', ['Foreign Minister'], ['Al-Amri']),
  org('China Coast Guard', 'CN', 'organization', ['Chinese coast guard']),
]
const REF = '2024-06-12'

function run(text: string) {
  const ctx = contextFor(text, WORLD, REF)
  eventStage.run(ctx)
  return { events: ctx.events, unasserted: ctx.unassertedEvents }
}
const root = (cameo: string) => cameo.slice(0, 2)
const withRoot = (text: string, r: string) => run(text).events.filter((e) => root(e.cameo) === r)

describe('who did it to whom in strain events', () => {
  it('reads the accused before "of", not the countries the accusation is about', () => {
    const [e] = withRoot('Rome accused Paris of meddling in Italian politics on Monday.', '11')
    expect(e.sourceActors).toContain('country:IT')
    expect(e.targetActors).toEqual(['country:FR'])
    expect(e.actors).toContain('country:FR')
  })

  it('reads ties cut by "the two rivals" as cut between the article\'s pair', () => {
    const text = 'Saudi Arabia and Iran reopened their embassies this year. The two rivals severed diplomatic ties in 2016 after the embassy was stormed.'
    const cut = run(text).events.find((e) => e.cameo === '161')!
    expect(cut.actors).toEqual(expect.arrayContaining(['country:SA', 'country:IR']))
    expect(cut.when?.start.slice(0, 4)).toBe('2016')
  })

  it('takes the accuser of a passive from "by", and the subject as accused', () => {
    const [e] = withRoot('Kigali was accused by Kinshasa of backing the rebels in the east.', '11')
    expect(e.sourceActors).toEqual(['country:CD'])
    expect(e.targetActors).toEqual(['country:RW'])
  })

  it('adds the country a person acts for to the side', () => {
    const [e] = withRoot('Tunde Bello condemned Ghana over the demolition of the embassy building.', '11')
    expect(e.sourceActors).toEqual(expect.arrayContaining(['person:tunde bello', 'country:NG']))
    expect(e.targetActors).toContain('country:GH')
    expect(e.actors).not.toContain('country:NG')
  })

  it("gives the unnamed other side of a bilateral story the pair's other country", () => {
    const text = 'Italy and France have quarrelled for weeks over migrants. The aid package to be offered by Rome will include funds for the coastal towns.'
    const [e] = withRoot(text, '07')
    expect(e.sourceActors).toContain('country:IT')
    expect(e.targetActors).toEqual(['country:FR'])
  })

  it('reads a passive incident at sea with its doer after "by"', () => {
    const [e] = run('A Philippine supply boat was hit with a water cannon by the Chinese coast guard near the shoal on Saturday.').events.filter(
      (x) => x.type === 'incident',
    )
    expect(e.sourceActors).toEqual(expect.arrayContaining(['country:CN']))
    expect(e.targetActors).toEqual(['country:PH'])
  })

  it('reads arrests in the passive with and without an agent', () => {
    const [byPolice] = withRoot('Three Chinese nationals were detained by Philippine police in Manila on Friday.', '17')
    expect(byPolice.sourceActors).toEqual(['country:PH'])
    expect(byPolice.targetActors).toEqual(['country:CN'])
    // No "by": the names after the verb are not the doer; the pair's other country is.
    const text = 'China and the Philippines traded protests this week. Two Philippine fishermen were detained near the shoal after talks with U.S. officials.'
    const [noAgent] = run(text).events.filter((e) => e.type === 'arrest')
    expect(noAgent.targetActors).toEqual(['country:PH'])
    expect(noAgent.sourceActors).toEqual(['country:CN'])
  })
})

describe('conditional threats', () => {
  it('reads "said it would impose ... if" as a threat that occurred, from the speaker to the other side', () => {
    const { events } = run('Washington said on Tuesday it would impose tariffs on Mexican goods if the flow of migrants did not slow.')
    const threat = events.find((e) => e.type === 'threat')!
    expect(threat.cameo).toBe('1312')
    expect(threat.status).toBe('occurred')
    expect(threat.sourceActors).toContain('country:US')
    expect(threat.targetActors).toContain('country:MX')
    expect(events.filter((e) => e.type === 'sanction')).toEqual([])
  })

  it('reads a warned response as a threat', () => {
    const { events } = run('Any incursion into the Essequibo would be met with a firm response, Guyana told Venezuela on Monday.')
    const threat = events.find((e) => e.type === 'threat')!
    expect(root(threat.cameo)).toBe('13')
    expect(threat.sourceActors).toContain('country:GY')
    expect(threat.targetActors).toContain('country:VE')
    expect(events.filter((e) => e.type === 'meeting')).toEqual([])
  })

  it('reads a quoted threat in a headline style', () => {
    const text = 'Tariffs on Mexico "will be reinstated" if Congress rejects the deal, Washington warned'
    expect(run(text).events.map((e) => e.type)).toContain('threat')
  })

  it('reads a threat confirmed in a post: tariffs to take effect unless', () => {
    const text = 'Washington confirming in a post that tariffs will go into effect next week unless Mexico stems the flow of migrants.'
    const threat = run(text).events.find((e) => e.type === 'threat')!
    expect(threat.cameo).toBe('1312')
    expect(threat.targetActors).toContain('country:MX')
  })

  it('dates the threat by its saying, not by the time of the measure threatened', () => {
    // 2024-06-12 is a Wednesday: said on Monday the 10th, the tariffs would come the week after.
    const text = 'Washington confirmed on Monday that tariffs on Mexican goods will go into effect next week unless the flow of migrants slows.'
    const threat = run(text).events.find((e) => e.type === 'threat')!
    expect(threat.when).toMatchObject({ start: '2024-06-10', end: '2024-06-10' })
  })

  it("does not read a narrator's hypothetical as a threat or a sanction", () => {
    const { events } = run('Washington would impose tariffs on Mexico if the talks failed.')
    expect(events.filter((e) => e.type === 'threat' || e.type === 'sanction')).toEqual([])
  })
})

describe('skirmishes and exchanges of fire (CAMEO 190)', () => {
  it('reads a dated skirmish between the two sides', () => {
    const [e] = run('Afghan and Pakistani border guards fought a skirmish at the crossing on Sunday.').events.filter((x) => x.ruleId === 'events:clash-noun')
    expect(e.cameo).toBe('190')
    expect(e.actors).toEqual(expect.arrayContaining(['country:AF', 'country:PK']))
  })

  it('reads a headline skirmish', () => {
    const text = 'Border crossing shuts after Pakistan-Afghanistan skirmish\n\nThe main crossing stayed closed on Wednesday, officials said.'
    expect(run(text).events.map((e) => e.cameo)).toContain('190')
  })

  it('reads no fighting in a clash of words, nor in a skirmish feared', () => {
    expect(run('The ministers had a verbal skirmish over the border at the summit on Sunday.').events.filter((e) => e.cameo === '190')).toEqual([])
    expect(run('Both armies pulled back from the border to avoid a skirmish on Sunday.').events.filter((e) => e.cameo === '190')).toEqual([])
  })
})

describe('strain wordings from the lexicon, by CAMEO root', () => {
  const cases: [string, string, string][] = [
    ['Beijing held Manila responsible for the collision at the shoal.', '11', 'accusation'],
    ['Paris called the decision "reckless and irresponsible" on Tuesday.', '11', 'accusation'],
    ['Rwanda filed a complaint against the DRC at the regional court.', '11', 'accusation'],
    ['The Philippines presented a strongly worded protest to the Chinese ambassador.', '11', 'protest'],
    ['The United States withdrew most of its diplomats from Caracas in May, citing threats to Venezuela ties.', '16', 'sanction'],
    ['Protesters in Tehran stormed the Saudi embassy on Saturday night.', '17', 'incident'],
    ['The building of the Nigerian mission in Accra was demolished by unknown men, Nigeria said.', '17', 'incident'],
    ['Britain put two patrol ships in a state of high readiness to face French fishing boats.', '15', 'military_action'],
    ['Militants kidnapped three Chinese engineers in Afghanistan on Sunday.', '18', 'incident'],
    ['Pakistani activists began a hunger strike outside the Afghan embassy in Islamabad.', '14', 'protest'],
    ['Iran boycotted the summit hosted by Saudi Arabia in Riyadh.', '14', 'protest'],
    ['The militia massacred dozens of Congolese villagers, Kinshasa said, accusing Rwanda.', '20', 'military_action'],
  ]
  for (const [text, r, type] of cases) {
    it(`${r} ${type}: ${text}`, () => {
      expect(
        withRoot(text, r).map((e) => e.type),
        text,
      ).toContain(type)
    })
  }

  it('keeps the negated and hypothetical forms out of the events', () => {
    const cases = [
      'Beijing did not hold Manila responsible for the collision.',
      'Iran could boycott the summit if Riyadh invites Israel.',
      'Britain denied putting its ships on high alert.',
      'Tehran would withdraw its diplomats from Riyadh if the attacks continued.',
    ]
    for (const text of cases) {
      const { events, unasserted } = run(text)
      expect(
        events.filter((e) => ['11', '14', '15', '16'].includes(root(e.cameo))),
        text,
      ).toEqual([])
      expect(unasserted.length, text).toBeGreaterThan(0)
    }
  })
})

describe('strain named by a nominalization', () => {
  const cases: [string, string][] = [
    ['Italy announced the recall of its ambassador to France on Thursday.', '161'],
    ['Iran announced the suspension of talks with Saudi Arabia on Monday.', '164'],
    ['Britain ordered the seizure of two French trawlers off Jersey.', '1711'],
    ['Manila confirmed the arrest of two Chinese nationals on Friday.', '173'],
    ['Ghana welcomed the release of the Nigerian traders on Sunday.', '0841'],
  ]
  for (const [text, cameo] of cases) {
    it(`${cameo}: ${text}`, () => {
      expect(
        run(text).events.map((e) => e.cameo),
        text,
      ).toContain(cameo)
    })
  }

  it('reads no strain in a recall of products, a welcomed arrest, or a recall not announced', () => {
    expect(run('France announced the recall of thousands of Italian cars on Monday.').events.filter((e) => e.cameo === '161')).toEqual([])
    expect(run('Ghana welcomed the arrest of the smugglers by Nigerian police.').events.filter((e) => e.ruleId === 'events:strain-noun')).toEqual([])
    const { events, unasserted } = run('Italy did not announce the recall of its ambassador to France.')
    expect(events.filter((e) => e.cameo === '161')).toEqual([])
    expect(unasserted.map((e) => e.modality)).toContain('negated')
  })
})
