import { describe, expect, it } from 'vitest'
import { mentions, read } from './run.js'

describe('generic words are never places', () => {
  it('reads "in Party building" and "at State level" as no place, and still finds a real one', () => {
    const ctx = read('The two parties held workshops in Party building and national governance, and talks at State level in Vientiane last week.')
    const places = mentions(ctx, 'place')
    expect(places.some((p) => /^(Party|State)=/.test(p))).toBe(false)
    expect(places.filter((p) => p.startsWith('Vientiane=place:'))).toHaveLength(1)
  })
})

describe('a possessive before a bare place head names no place', () => {
  it('reads "Kufuor\'s State funeral" and "Odinga\'s State burial" as no place, and keeps real named states and regions', () => {
    const ctx = read(
      "Mourners filled Accra for Kufuor's State funeral, and crowds lined the road to Odinga's State burial in Bondo. Lagos State and Mexico's Jalisco State signed a trade pact.",
    )
    const places = mentions(ctx, 'place')
    expect(places.some((p) => /'s State=/.test(p))).toBe(false)
    expect(places).toEqual(expect.arrayContaining(['Bondo=place:bondo', 'Lagos State=place:lagos state']))
    expect(places.some((p) => p.startsWith("Mexico's Jalisco State="))).toBe(true)
  })
})
