import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

// A name introduced by a lowercase description that ends in a title:
// "the Norwegian fisheries minister, Kari Lund, said".
describe('a name after its description and a comma', () => {
  it('reads the name as a person holding the title, of the country the description names', () => {
    const ctx = read('The Norwegian fisheries minister, Kari Lund, said the quota talks would go on.')
    expect(mentions(ctx, 'person')).toEqual(['Kari Lund=person:kari lund'])
    expect(actor(ctx, 'person:kari lund')?.country).toBe('NO')
  })

  it('takes a charge after the title and a possessive country', () => {
    const ctx = read("Ghana's special envoy for the Sahel, Kwame Mensah Boateng, arrived in Bamako on Monday.")
    expect(mentions(ctx, 'person')).toEqual(['Kwame Mensah Boateng=person:kwame mensah boateng'])
    expect(actor(ctx, 'person:kwame mensah boateng')?.country).toBe('GH')
  })

  it('takes a charge with an abbreviation inside it', () => {
    const ctx = read("Chile's top diplomat for U.S. affairs, Marta Ibarra, said so.")
    expect(mentions(ctx, 'person')).toEqual(['Marta Ibarra=person:marta ibarra'])
  })

  it('needs a description opened by a determiner or a possessive', () => {
    // The name is a person (a given name and a surname), but the description is not its title.
    expect(actor(read('Minister of state, Kari Lund and others came.'), 'person:kari lund')?.roles).toEqual([])
  })

  it('needs the name to close the apposition', () => {
    // A place list after a title is not a name in apposition.
    expect(mentions(read('The special envoy for the region, Upper Nile State and its capital, was named.'), 'person')).toEqual([])
  })
})

// A country in the possessive, then an untitled name: "Kenya's William Ruto".
describe('a name after a country in the possessive', () => {
  it('reads a proper name of two to five words as a person of that country', () => {
    const ctx = read("Ghana's Kwame Mensah met Togo's Faure Essozimna Gnassingbe in Lome.")
    expect(mentions(ctx, 'person')).toEqual(['Kwame Mensah=person:kwame mensah', 'Faure Essozimna Gnassingbe=person:faure essozimna gnassingbe'])
    expect(actor(ctx, 'person:kwame mensah')?.country).toBe('GH')
  })

  it('leaves bodies and single words alone', () => {
    const ctx = read("Ghana's Foreign Ministry praised Togo's Parliament and Ghana's Mensah.")
    expect(mentions(ctx, 'person')).toEqual([])
  })
})

// The two sides of a sitting named by untitled full names.
describe('names on both sides of a meeting', () => {
  it('reads "the meeting between A and B" as two persons', () => {
    const ctx = read('The meeting between Kari Lund and Ana Rios Vega lasted three hours.')
    expect(mentions(ctx, 'person')).toEqual(['Kari Lund=person:kari lund', 'Ana Rios Vega=person:ana rios vega'])
  })

  it('leaves countries and single names alone', () => {
    expect(mentions(read('Talks between Norway and Peru resumed, and the summit between Lund and Rios ended.'), 'person')).toEqual([])
  })
})
