import { describe, expect, it } from 'vitest'
import { seedTexts } from '../../bench/corpus.js'
import { syndicated, syndicatedCopy } from '../../bench/syndicated.js'

describe('syndicated copies (bench corpus)', () => {
  const seeds = seedTexts()

  it('should change exactly one line of the seed in each copy', () => {
    for (let k = 0; k < 40; k++) {
      const seed = seeds[k % seeds.length].split('\n')
      const copy = syndicatedCopy(seeds[k % seeds.length], k).split('\n')
      expect(copy.length).toBe(seed.length)
      const changed = copy.flatMap((line, i) => (line === seed[i] ? [] : [i]))
      expect(changed).toHaveLength(1)
      expect(copy[changed[0]].startsWith(seed[changed[0]])).toBe(true)
    }
  })

  it('should give every copy its own text, in a fixed order', () => {
    const docs = syndicated(200, seeds)
    expect(new Set(docs.map((d) => d.text)).size).toBe(200)
    expect(syndicated(200, seeds)).toEqual(docs)
  })
})
