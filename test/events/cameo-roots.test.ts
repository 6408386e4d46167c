import { describe, expect, it } from 'vitest'
import { eventStage } from '../../src/events/stage.js'
import { contextFor, country, person, type FakeEntity } from './helpers.js'

// Every CAMEO root, in several styles of news writing (active, passive,
// quotation, headline), and in negated or hypothetical forms that must not
// come out as events. Sentences written for these tests, on many pairs.
const WORLD: FakeEntity[] = [
  country('TR', 'Turkey', 'Turkish', 'Ankara'),
  country('GR', 'Greece', 'Greek', 'Athens'),
  country('EG', 'Egypt', 'Egyptian', 'Cairo'),
  country('SD', 'Sudan', 'Sudanese', 'Khartoum'),
  country('TH', 'Thailand', 'Thai', 'Bangkok'),
  country('KH', 'Cambodia', 'Cambodian', 'Phnom Penh'),
  country('CL', 'Chile', 'Chilean', 'Santiago'),
  country('BO', 'Bolivia', 'Bolivian', 'La Paz'),
  country('RS', 'Serbia', 'Serbian', 'Belgrade'),
  country('XK', 'Kosovo', 'Kosovar', 'Pristina'),
  country('ET', 'Ethiopia', 'Ethiopian', 'Addis Ababa'),
  country('ER', 'Eritrea', 'Eritrean', 'Asmara'),
  person('Selin Kaya', 'TR', ['Foreign Minister'], ['Kaya']),
  person('Nikos Pappas', 'GR', ['Foreign Minister'], ['Pappas']),
]
const REF = '2024-09-20'

function run(text: string) {
  const ctx = contextFor(text, WORLD, REF)
  eventStage.run(ctx)
  return { events: ctx.events, unasserted: ctx.unassertedEvents }
}
const roots = (text: string) => run(text).events.map((e) => e.cameo.slice(0, 2))

describe('every CAMEO root, in several styles', () => {
  const cases: [string, string, string][] = [
    // [root, style, sentence]
    ['01', 'active', 'Egypt denied any role in the attack on the Sudanese convoy.'],
    ['01', 'quotation', '"We have nothing to do with it," Cairo said, and Egypt denied all responsibility for the raid on Sudan.'],
    ['02', 'active', 'Thailand urged Cambodia to withdraw its troops from the temple area on Monday.'],
    ['02', 'headline', 'Greece urges Turkey to halt drilling\n\nThe call came after weeks of tension, officials said.'],
    ['03', 'active', 'Chile pledged to provide emergency aid to Bolivia after the floods.'],
    ['04', 'active', 'Selin Kaya met with Nikos Pappas in Athens on Thursday.'],
    ['04', 'passive', 'Selin Kaya was received by Nikos Pappas in Athens on Thursday.'],
    ['05', 'active', 'Serbia and Kosovo established diplomatic relations in 2023.'],
    ['05', 'active', 'Ethiopia restored diplomatic relations with Eritrea on Sunday.'],
    ['06', 'active', 'Thailand extradited two Cambodian suspects to Phnom Penh on Friday.'],
    ['07', 'active', 'Egypt sent 50 tonnes of medical supplies to Sudan on Tuesday.'],
    ['07', 'passive', 'Two million vaccine doses were donated by Chile to Bolivia this week.'],
    ['08', 'active', 'Cambodia released three Thai fishermen on Saturday.'],
    ['08', 'passive', 'Three Thai fishermen were released by Cambodia on Saturday.'],
    ['09', 'active', 'Greece will investigate the collision between a Greek patrol boat and a Turkish vessel.'],
    ['10', 'active', 'Sudan demanded that Egypt withdraw its forces from the border town.'],
    ['11', 'active', 'Ankara accused Athens of arming the islands on Monday.'],
    ['11', 'passive', 'Athens was accused by Ankara of arming the islands.'],
    ['11', 'quotation', '"This is a dangerous provocation," Turkey said, condemning Greece over the exercises.'],
    ['11', 'headline', 'Serbia summons Kosovo envoy over border arrests\n\nBelgrade said the detentions were unlawful.'],
    ['12', 'active', 'Eritrea rejected Ethiopian claims over the port on Wednesday.'],
    ['13', 'active', 'Turkey threatened to impose sanctions on Greece over the drilling.'],
    ['13', 'quotation', 'Any drilling in the disputed waters would be met with a firm response, Ankara told Athens on Friday.'],
    ['14', 'active', 'Bolivian protesters staged a rally outside the Chilean embassy in La Paz.'],
    ['15', 'active', 'Ethiopia deployed troops near the border with Eritrea on Sunday.'],
    ['16', 'active', 'Kosovo recalled its ambassador to Serbia on Tuesday.'],
    ['16', 'headline', 'Bolivia cuts diplomatic ties with Chile\n\nThe decision followed months of tension, officials in La Paz said.'],
    ['17', 'active', 'Cambodia expelled two Thai diplomats on Friday, the ministry said.'],
    ['17', 'passive', 'Two Thai diplomats were expelled by Cambodia on Friday.'],
    ['18', 'active', 'Gunmen kidnapped four Egyptian workers in Sudan on Sunday.'],
    ['19', 'active', 'Eritrean forces shelled Ethiopian positions near the border on Monday.'],
    ['19', 'active', 'Thai and Cambodian troops fought a skirmish near the temple on Monday.'],
    ['20', 'active', 'Sudan said militias massacred dozens of civilians near the Egyptian border on Sunday.'],
  ]
  for (const [root, style, text] of cases) {
    it(`${root} (${style}): ${text.split('\n')[0]}`, () => {
      expect(roots(text)).toContain(root)
    })
  }
})

describe('negated and hypothetical forms are not events', () => {
  const cases: [string, string][] = [
    ['02', 'Thailand did not urge Cambodia to withdraw its troops.'],
    ['08', 'Cambodia refused to release the Thai fishermen.'],
    ['11', 'Ankara never accused Athens of arming the islands.'],
    ['13', 'Turkey would impose sanctions on Greece if the drilling went ahead.'],
    ['15', 'Ethiopia denied deploying troops near the border with Eritrea.'],
    ['16', 'Kosovo could recall its ambassador to Serbia if the arrests continue.'],
    ['17', 'Cambodia did not expel the Thai diplomats.'],
    ['19', 'Eritrea denied shelling Ethiopian positions near the border.'],
  ]
  for (const [root, text] of cases) {
    it(`${root}: ${text}`, () => {
      const { events, unasserted } = run(text)
      expect(events.map((e) => e.cameo.slice(0, 2))).not.toContain(root)
      expect(unasserted.map((e) => e.modality).filter((m) => m && m !== 'asserted').length).toBeGreaterThan(0)
    })
  }
})
