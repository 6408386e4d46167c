import { describe, expect, it } from 'vitest'
import { countryKeyOf } from '../../src/entities/index.js'
import { mentions, read } from './run.js'

describe('countries', () => {
  it('reads names with and without diacritics as one country', () => {
    const ctx = read('Việt Nam and Vietnam signed nothing with Türkiye, while Turkey watched.')
    expect(mentions(ctx, 'country')).toEqual([
      'Việt Nam=country:VN',
      'Vietnam=country:VN',
      'Türkiye=country:TR',
      'Turkey=country:TR',
    ])
  })

  it('gives a demonym two member states share to the larger ("Dominican": the Dominican Republic, not Dominica)', () => {
    const ctx = read('Dominican officials met Congolese envoys in Haiti. Dominica and the Congo said nothing.')
    expect(mentions(ctx, 'country').slice(0, 2)).toEqual(['Dominican=country:DO', 'Congolese=country:CD'])
  })

  it('reads demonyms, plural demonyms and short forms', () => {
    const ctx = read('Emirati investors met Saudi bankers and Egyptians from the PRC, the UAE and the KSA.')
    expect(mentions(ctx, 'country')).toEqual([
      'Emirati=country:AE',
      'Saudi=country:SA',
      'Egyptians=country:EG',
      'PRC=country:CN',
      'UAE=country:AE',
      'KSA=country:SA',
    ])
  })

  it('reads native names (Polska, Suomi) as their countries, but no native spelling that is an English word or a given name', () => {
    const ctx = read('Polska and Suomi signed a pact near Farsi Island, said Maurice Okafor.')
    expect(mentions(ctx, 'country')).toEqual(['Polska=country:PL', 'Suomi=country:FI'])
  })

  it('reads "North and South Korea" as both countries, and a compass word before no shared country name as none', () => {
    expect(mentions(read('North and South Korea traded fire on Thursday.'), 'country')).toEqual(['North=country:KP', 'South Korea=country:KR'])
    expect(mentions(read('North and South Dakota voted.'), 'country')).toEqual([])
  })

  it('does not read a currency sign or a pronoun as a country', () => {
    const ctx = read('Exports reached US$4 billion, which told us a lot.')
    expect(mentions(ctx, 'country')).toEqual([])
  })

  it('keeps a demonym inside an organization name for the organization, with its country', () => {
    const ctx = read('Officials of the Indonesian Ministry of Trade arrived on Monday.')
    expect(mentions(ctx)).toEqual(['Indonesian Ministry of Trade=org:ministry of trade of indonesia'])
    expect(ctx.entities[0].country).toBe('ID')
  })

  it('reads capitals and subdivisions of the countries the text names, datelines in capitals included', () => {
    const ctx = read('JAKARTA — Indonesia will send a delegation to Guangdong province, China, and later to Beijing.')
    expect(mentions(ctx, 'place')).toEqual(['JAKARTA=place:jakarta', 'Guangdong=place:CN-44', 'Beijing=place:CN-11'])
  })

  it('looks up a country key from a free string', () => {
    expect(countryKeyOf('Việt Nam')).toBe('country:VN')
    expect(countryKeyOf('the Chinese side')).toBe('country:CN')
    expect(countryKeyOf('U.S.')).toBe('country:US')
    expect(countryKeyOf('Emirati')).toBe('country:AE')
    expect(countryKeyOf('us')).toBeNull()
    expect(countryKeyOf('Atlantis')).toBeNull()
  })
})
