import { describe, expect, it } from 'vitest'
import { rememberedByString, rememberedForLastText } from '../../src/util/memo.js'

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

describe('rememberedForLastText', () => {
  it('computes a text once while it is the last one read, and again after another', () => {
    const calls: string[] = []
    const words = rememberedForLastText((t: string) => {
      calls.push(t)
      return t.split(' ')
    })
    const first = words('the first text')
    expect(words('the first text')).toBe(first)
    expect(words('a second')).toEqual(['a', 'second'])
    expect(words('the first text')).toEqual(['the', 'first', 'text'])
    expect(calls).toEqual(['the first text', 'a second', 'the first text'])
  })
})
