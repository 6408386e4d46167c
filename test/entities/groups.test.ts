import { describe, expect, it } from 'vitest'
import { documentPair, expandGroup } from '../../src/entities/index.js'
import { read } from './run.js'

const TEXT =
  'President Amara Diallo of Senegal met Ghanaian President Kwame Mensah in Accra. ' +
  'The two leaders agreed that the two countries would cooperate. The Senegalese side proposed a fund, ' +
  'and both sides welcomed it. Senegal and Ghana will meet again.'

describe('group references', () => {
  const ctx = read(TEXT)
  const group = (text: string) => ctx.entities.find((m) => m.type === 'group' && m.text === text)!

  it('finds the document pair, in order of first mention', () => {
    expect(documentPair(ctx)).toEqual(['country:SN', 'country:GH'])
  })

  it('expands "the two leaders" to the heads of state of the pair', () => {
    expect(expandGroup(ctx, group('The two leaders')).sort()).toEqual(['person:amara diallo', 'person:kwame mensah'])
  })

  it('expands "the two countries" and "both sides" to the pair, "the Senegalese side" to one country', () => {
    expect(expandGroup(ctx, group('the two countries'))).toEqual(['country:SN', 'country:GH'])
    expect(expandGroup(ctx, group('both sides'))).toEqual(['country:SN', 'country:GH'])
    expect(expandGroup(ctx, group('The Senegalese side'))).toEqual(['country:SN'])
  })

  it('falls back to the countries when the leaders are unknown, and expands the host from the place', () => {
    const other = read('Chile and Peru met in Lima. The two leaders talked while the host country prepared a dinner.')
    const leaders = other.entities.find((m) => m.text === 'The two leaders')!
    const host = other.entities.find((m) => m.text === 'the host country')!
    expect(expandGroup(other, leaders)).toEqual(['country:CL', 'country:PE'])
    expect(expandGroup(other, host)).toEqual(['country:PE'])
  })

  it('expands "the two diplomats" to the titled person of each side named last', () => {
    const other = read(
      "Chile's deputy foreign minister, Ana Soto, met Peru's deputy foreign minister, Luis Paredes, in Lima. The two diplomats led delegations for earlier talks in May.",
    )
    const diplomats = other.entities.find((m) => m.text === 'The two diplomats')!
    expect(expandGroup(other, diplomats).sort()).toEqual(['person:ana soto', 'person:luis paredes'])
  })

  it('reads "the two countries\' presidents" as a group of the presidents', () => {
    const other = read('President Ana Soto of Chile met Peruvian President Luis Paredes in Lima. The two countries’ presidents signed a pact.')
    const presidents = other.entities.find((m) => m.type === 'group')!
    expect(presidents.text).toBe('The two countries’ presidents')
    expect(expandGroup(other, presidents).sort()).toEqual(['person:ana soto', 'person:luis paredes'])
  })

  it('returns no pair for a text about one country', () => {
    expect(documentPair(read('Chile held elections on Sunday.'))).toBeNull()
  })
})
