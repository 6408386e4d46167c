// A surname after a title is linked to the one full name it ends, unless the
// titles say the two are different persons: an office holder and the consort
// named after them, or a man and a woman. Sentences written for these tests.
import { describe, expect, it } from 'vitest'
import { differentPersons, personKind } from '../../src/entities/person-kind.js'
import { actor, mentions, read } from './run.js'

describe('a titled surname is not linked to a full name whose title says another person', () => {
  it('keeps the president apart from the first lady of the same surname', () => {
    for (const [text, short, full] of [
      ['First Lady Grace Mutharika opened a clinic in Lilongwe. President Mutharika later met Zambian President Hakainde Hichilema.', 'Mutharika=person:mutharika', 'Grace Mutharika=person:grace mutharika'],
      ['First Lady Jeannette Kagame toured a school in Kigali. President Kagame then flew to Kampala for talks with Uganda.', 'Kagame=person:kagame', 'Jeannette Kagame=person:jeannette kagame'],
      ['President Luis Arce hosted the Peruvian delegation. First Lady Arce opened an exhibition on Andean textiles.', 'Arce=person:arce', 'Luis Arce=person:luis arce'],
    ]) {
      const found = mentions(read(text), 'person')
      expect(found, text).toContain(short)
      expect(found, text).toContain(full)
    }
  })

  it('keeps a man and a woman of one surname apart, by their courtesy forms', () => {
    const ctx = read('Mrs. Ana Quispe, the Bolivian envoy, met Mr. Quispe of the Chilean trade office in Arica.')
    expect(mentions(ctx, 'person')).toEqual(['Ana Quispe=person:ana quispe', 'Quispe=person:quispe'])
  })

  it('still links a titled surname to the one full name that fits', () => {
    const ctx = read('President Samia Suluhu Hassan arrived in Nairobi on Monday. Mrs Hassan later met Kenyan traders, and President Hassan toured the port.')
    expect(mentions(ctx, 'person').every((m) => m.endsWith('=person:samia suluhu hassan'))).toBe(true)
    const banda = read('President Peter Banda of Malawi met Zambian officials. Mr. Banda said the rail link would open in May.')
    expect(mentions(banda, 'person')).toEqual(['Peter Banda=person:peter banda', 'Banda=person:peter banda'])
    expect(actor(banda, 'person:peter banda')).toBeDefined()
  })

  it('reads the kinds titles state', () => {
    const president = personKind(['President'])
    expect(differentPersons(president, personKind(['First Lady']))).toBe(true)
    expect(differentPersons(personKind(['Mr.']), personKind(['Mrs']))).toBe(true)
    expect(differentPersons(personKind(['King']), personKind(['Queen']))).toBe(true)
    expect(differentPersons(president, personKind(['Mrs']))).toBe(false)
    expect(differentPersons(president, personKind(['Prime Minister']))).toBe(false)
    expect(differentPersons(personKind(['First Lady']), personKind(['Madam']))).toBe(false)
  })
})
