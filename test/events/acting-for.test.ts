import { describe, expect, it } from 'vitest'
import { processDocument } from '../../src/pipeline/run.js'

// The whole pipeline, so that the entities stage's reading of a body's
// country reaches the events: a body acts for its country, even when the
// country is named only inside the body's name.
describe('a body acts for its country', () => {
  it('adds the country of "the Croatian embassy" to its protest, as source beside the embassy', () => {
    const out = processDocument({
      docId: 'd',
      source: 't.txt',
      text: 'The Croatian embassy protested to Serbia on Friday over the broadcast.',
      meta: { statedDate: '2024-03-10' },
    })
    const protest = out.events.find((e) => e.type === 'protest')
    expect(protest?.actors).toEqual(expect.arrayContaining(['org:croatian embassy', 'country:HR', 'country:RS']))
    expect(protest?.sourceActors).toEqual(['org:croatian embassy', 'country:HR'])
    expect(out.actors.find((a) => a.key === 'country:HR')?.name).toBe('Croatia')
  })

  it('reads a national capital as its government even where the text never names the country ("Nairobi accused Kampala")', () => {
    const out = processDocument({
      docId: 'd',
      source: 't.txt',
      text: 'Nairobi accused Kampala on Monday of backing the rebels.',
      meta: { statedDate: '2024-05-10' },
    })
    const accusation = out.events.find((e) => e.type === 'accusation')
    expect([accusation?.sourceActors, accusation?.targetActors]).toEqual([['country:KE'], ['country:UG']])
    expect(out.actors.find((a) => a.key === 'country:UG')?.name).toBe('Uganda')
    const place = processDocument({ docId: 'd', source: 't.txt', text: 'The ministers met in Nairobi on Monday.', meta: { statedDate: '2024-05-10' } })
    expect(place.events.flatMap((e) => e.actors)).not.toContain('country:KE')
  })
})

describe('an armed service acts for its country even when the text does not name the country', () => {
  it("gives the People's Liberation Army's drills China as an actor", () => {
    const out = processDocument({
      docId: 'd',
      source: 't.txt',
      text: "The People's Liberation Army fired missiles into waters around Taiwan on Thursday.",
      meta: { statedDate: '2022-08-05' },
    })
    expect(out.events.find((e) => e.type === 'military_action')?.actors).toEqual(expect.arrayContaining(['country:CN', 'country:TW']))
  })
})
