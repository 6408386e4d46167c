import { describe, expect, it } from 'vitest'
import { mentions, read } from './run.js'

describe('generic words are never places', () => {
  it('reads "in Party building" and "at State level" as no place, and still finds a real one', () => {
    const ctx = read('The two parties held workshops in Party building and national governance, and talks at State level in Vientiane last week.')
    const places = mentions(ctx, 'place')
    expect(places.some((p) => /^(Party|State)=/.test(p))).toBe(false)
    expect(places).toContain('Vientiane=place:vientiane')
  })
})
