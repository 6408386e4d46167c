import { describe, expect, it } from 'vitest'
import { rememberedByString } from '../../src/util/memo.js'

describe('rememberedByString', () => {
  it('computes each string once, and again only after the memory was full and cleared', () => {
    const calls: string[] = []
    const upper = rememberedByString((s: string) => {
      calls.push(s)
      return s.toUpperCase()
    }, 2)
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A'])
    expect(calls).toEqual(['a', 'b'])
    // Full at two: the third string clears the memory, so "a" is computed again.
    expect([upper('c'), upper('a')]).toEqual(['C', 'A'])
    expect(calls).toEqual(['a', 'b', 'c', 'a'])
  })
})
