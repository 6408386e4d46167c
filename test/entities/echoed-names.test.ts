import { describe, expect, it } from 'vitest'
import { mentions, read } from './run.js'

// The echoed-names refiner: an untitled full name is a person when its family
// name stands alone elsewhere and one of the mentions reads as a person's.
describe('untitled full names echoed by the family name', () => {
  it('reads a full name as a person when the family name alone later speaks', () => {
    const ctx = read('Talks between Lisbon and Rabat resumed. Duarte Pacheco opened the session. Pacheco said the port deal was close.')
    expect(mentions(ctx, 'person')).toEqual(['Duarte Pacheco=person:duarte pacheco', 'Pacheco=person:duarte pacheco'])
  })

  it('reads the object of a call and a name joined to a known person', () => {
    const ctx = read('Amara Okonkwo called Ingrid Solberg on Friday. The call between Okonkwo and Solberg lasted an hour.')
    expect(mentions(ctx, 'person')).toEqual([
      'Amara Okonkwo=person:amara okonkwo',
      'Ingrid Solberg=person:ingrid solberg',
      'Okonkwo=person:amara okonkwo',
      'Solberg=person:ingrid solberg',
    ])
  })

  it('reads Mr before the family name as a person context', () => {
    const ctx = read('Tomasz Wrobel arrived late in Vilnius. Asked about the border, Mr Wrobel declined to comment.')
    expect(mentions(ctx, 'person')).toContain('Tomasz Wrobel=person:tomasz wrobel')
  })

  it('leaves a place echoed by its last word alone when nothing reads as a person', () => {
    const ctx = read('Fighting flared near Upper Varosha overnight. Residents of Varosha fled toward the coast.')
    expect(mentions(ctx, 'person')).toEqual([])
  })

  it('leaves an untitled name that is never echoed alone', () => {
    const ctx = read('Duarte Pacheco opened the session in Lisbon.')
    expect(mentions(ctx, 'person')).toEqual([])
  })
})
