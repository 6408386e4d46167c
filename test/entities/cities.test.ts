import { describe, expect, it } from 'vitest'
import { actor, mentions, read } from './run.js'

// Large cities come from the city-timezones table (GeoNames-derived), read
// like capitals: only in a document that names the city's country.
describe('large cities from the gazetteer', () => {
  it('reads a large city after any verb, with its country, when the document names that country', () => {
    const ctx = read('South Korea and Japan held talks. The minister visited Busan on Monday.')
    expect(mentions(ctx, 'place')).toEqual(['Busan=place:busan'])
    expect(actor(ctx, 'place:busan')?.country).toBe('KR')
  })

  it('gives a city after "in" its country instead of none', () => {
    const ctx = read('Australia and Japan signed the pact in Melbourne.')
    expect(actor(ctx, 'place:melbourne')?.country).toBe('AU')
  })

  it('leaves a city alone when its country is not named', () => {
    expect(mentions(read('The minister visited Busan on Monday.'), 'place')).toEqual([])
  })

  it('reads a national capital no other country shares with its country even when the country is not named, but not a shared name', () => {
    const ctx = read('The minister flew to Nairobi and then to Santiago on Monday.')
    expect(actor(ctx, 'place:nairobi')?.country).toBe('KE')
    // A capital inside a longer capitalized name is part of the name.
    const names = read('Washington demanded an answer. Denzel Washington and Sofia Coppola arrived in Nairobi.')
    expect(mentions(names, 'place')).toEqual(['Washington=place:washington d c', 'Nairobi=place:nairobi'])
    expect(actor(names, 'place:washington d c')?.country).toBe('US')
    // Santiago is a capital in Chile and a city in the Dominican Republic and Spain: it waits for its country.
    expect(mentions(ctx, 'place')).toEqual(['Nairobi=place:nairobi'])
  })
})

describe('America', () => {
  it('reads "America" as the United States, but not in "Latin America" or "South America"', () => {
    const ctx = read("The envoy for Latin America met ministers from South America and America's allies.")
    expect(mentions(ctx, 'country')).toEqual(['America=country:US'])
  })
})
