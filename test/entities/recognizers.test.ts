import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

describe('pattern recognizers and refiners', () => {
  it('keeps the roles of both readings of one name: title before it and apposition after it', () => {
    const ctx = read('President Amadou Keita, the chairman of the regional bloc, opened the session.')
    expect(actor(ctx, 'person:amadou keita')!.roles.map((r) => r.title)).toEqual(['President', 'chairman of the regional bloc'])
  })

  it('reads a title, a comma and then the name', () => {
    const ctx = read('The Foreign Minister of Chile, Paula Rivas Soto, arrived in Lima.')
    expect(mentions(ctx, 'person')).toEqual(['Paula Rivas Soto=person:paula rivas soto'])
    expect(actor(ctx, 'person:paula rivas soto')!.roles.map((r) => [r.title, r.country])).toEqual([['Foreign Minister of Chile', 'CL']])
  })

  it('reads a name after a lowercase media noun as a news organization, not a person', () => {
    const ctx = read('The Peruvian daily El Vigía said the deal was signed.')
    expect(mentions(ctx)).toEqual(['Peruvian=country:PE', 'El Vigía=org:el vigia'])
    expect(ctx.entities[1].type).toBe('organization')
  })

  it('reads places from a lowercase place noun after the name', () => {
    const ctx = read("Peru's Tamarindo port will be expanded.")
    expect(mentions(ctx, 'place')).toEqual(['Tamarindo=place:tamarindo'])
    expect(ctx.entities.find((m) => m.type === 'place')?.country).toBe('PE')
  })

  it('links an acronym the text never defines to the one organization whose initials it spells', () => {
    const ctx = read('The Office of National Statistics published the data. According to the ONS, exports grew.')
    expect(mentions(ctx)).toEqual([
      'Office of National Statistics=org:office of national statistics',
      'ONS=org:office of national statistics',
    ])
  })

  it('joins a body named with and without the pair of countries', () => {
    const ctx = read(
      'Chile and Peru set up the Chile-Peru Joint Commission on Mining in 2010. The Joint Commission on Mining met twice.',
    )
    const keys = ctx.entities.filter((m) => m.type === 'mechanism').map((m) => m.key)
    expect(keys).toEqual(['org:chile peru joint commission on mining', 'org:chile peru joint commission on mining'])
  })

  it('reads no acronyms from a headline in capitals, but still its countries', () => {
    const ctx = read('CHILE AND PERU SIGN MINING DEAL\nThe talks ended.')
    expect(mentions(ctx)).toEqual(['CHILE=country:CL', 'PERU=country:PE'])
  })
})

describe('names that look like other things', () => {
  it('reads a surname that is also a place noun after a title, and a hyphenated given name', () => {
    const ctx = read('Foreign Minister Park Min-jun met Governor Lee Soo-ah. Park said the visit was useful.')
    expect(mentions(ctx, 'person')).toEqual([
      'Park Min-jun=person:park min jun',
      'Lee Soo-ah=person:lee soo ah',
      'Park=person:park min jun',
    ])
  })

  it('keeps a list of portfolios in one ministry name and a head before a country in one bank name', () => {
    const ctx = read("Officials of the Ministry of Trade, Industry and Energy met Bank Negara and Malaysia's Ministry of Finance.")
    expect(ctx.actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual([
      'Ministry of Trade, Industry and Energy',
      'Ministry of Finance of Malaysia',
    ])
    const bank = read('Bank Indonesia raised rates.')
    // One mention, the bank; its country is an entity of the document too (the bank acts for it).
    expect(bank.entities.map((m) => m.text)).toEqual(['Bank Indonesia'])
    expect(bank.actors.map((a) => [a.name, a.country])).toEqual([
      ['Bank Indonesia', 'ID'],
      ['Indonesia', 'ID'],
    ])
  })

  it('reads the agency a dateline credits', () => {
    const ctx = read('LIMA, May 2 (Andina) -- Peru and Chile signed a deal.')
    expect(mentions(ctx, 'organization')).toEqual(['Andina=org:andina'])
  })
})
