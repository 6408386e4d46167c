import { describe, expect, it } from 'vitest'
import { processDocument } from '../../src/pipeline/run.js'

const read = (text: string, statedDate = '2024-05-13') => processDocument({ docId: 'd', source: 't.txt', text, meta: { statedDate } })
const force = (text: string, statedDate?: string) => read(text, statedDate).events.filter((e) => e.ruleId === 'events:force-noun')

// Force named by a noun is an event where the sentence tells it as done:
// dated by a possessive time, reacted to, or the subject of what it did.
describe('force named by a noun', () => {
  it('reads "condemned the Serbian shelling of" as artillery fire by Serbia on the place named', () => {
    const [e] = force('Croatia condemned the Serbian shelling of Vukovar, which destroyed the water tower.')
    expect(e?.cameo).toBe('194')
    expect(e?.sourceActors).toContain('country:RS')
    expect(e?.targetActors).toContain('country:HR')
  })

  it('dates "last Tuesday\'s drone strikes by X" by the possessive and reads the agent after "by"', () => {
    const [e] = force("Syria summoned Turkey's envoy over last Tuesday's drone strikes by Turkey near Qamishli.", '2024-05-17')
    expect(e?.cameo).toBe('195')
    expect(e?.sourceActors).toContain('country:TR')
    expect(e?.when?.start).toBe('2024-05-14')
  })

  it('reads a raid on "its" embassy as a raid on the subject\'s mission by the other side', () => {
    const [e] = force("Nicaragua recalled its ambassador from Honduras after Sunday's raid on its embassy in Tegucigalpa.")
    expect(e?.type).toBe('incident')
    expect(e?.sourceActors).toEqual(['country:HN'])
    expect(e?.targetActors).toEqual(['country:NI'])
  })

  it('reads the noun as subject of what it did ("Ethiopian air strikes hit ...")', () => {
    const [e] = force('Ethiopian air strikes hit three towns in Eritrea on Friday, local officials said.')
    expect(e?.cameo).toBe('195')
    expect(e?.sourceActors).toContain('country:ET')
  })

  it('reads no force from a strike without arms, a threat of one, or a noun the sentence only names', () => {
    expect(force('Rail strikes in Belgium hit travel to the Netherlands on Monday.')).toEqual([])
    expect(force('Latvia warned of possible air strikes by Russia on its border towns.')).toEqual([])
    expect(force('The ministers discussed the risk of a Russian invasion of Moldova.')).toEqual([])
    expect(force('Finland has air strikes capability under its NATO plans.')).toEqual([])
  })
})
