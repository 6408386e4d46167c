import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LEXICON } from '../../src/events/lexicon/entries.js'
import { literal, verbForms } from '../../src/events/lexicon/forms.js'
import { trieSource } from '../../src/util/word-trie.js'

// A trie of words must match what the flat alternation of the same words
// (longest first) matches, match for match: on random words over a small
// alphabet (many shared prefixes), and on the event lexicon's verb forms
// over the batteries' passages.
const BATTERY = join(import.meta.dirname, '../../eval/battery')

function matches(pattern: RegExp, text: string): string[] {
  const out: string[] = []
  pattern.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = pattern.exec(text)) !== null) out.push(`${m.index}:${m[0]}`)
  return out
}

/** A seeded generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const longestFirst = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length)

describe('trieSource', () => {
  it('matches as the flat alternation does, on random words and texts', () => {
    const next = random(7)
    const pick = (chars: string, n: number) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('')
    for (let round = 0; round < 50; round++) {
      const words = longestFirst(Array.from({ length: 40 }, () => pick('abc -', 1 + Math.floor(next() * 6)).trim()).filter(Boolean))
      const text = pick('abcd  -\n', 3000)
      const render = (c: string) => (c === ' ' ? '\\s+' : c === '-' ? '\\-' : c)
      const flat = new RegExp(`\\b(?:${words.map((w) => [...w].map(render).join('')).join('|')})\\b`, 'g')
      const trie = new RegExp(`\\b(?:${trieSource(words, render)})\\b`, 'g')
      expect(matches(trie, text)).toEqual(matches(flat, text))
    }
  })

  it('refuses a word listed after a longer word it begins', () => {
    expect(() => trieSource(['talk', 'talks'])).toThrow(/comes after a word it begins/)
    expect(trieSource(['talks', 'talk', 'met'])).toBe('(?:talk(?:s)?|met)')
  })

  it('reads the verb lexicon as its flat alternation did', () => {
    const forms = longestFirst(LEXICON.flatMap((e) => e.verbs.flatMap((v) => verbForms(v).map((f) => f.toLowerCase()))))
    const flat = new RegExp(`\\b(?<verb>${forms.map(literal).join('|')})\\b`, 'dgi')
    const trie = new RegExp(`\\b(?<verb>${trieSource(forms, literal)})\\b`, 'dgi')
    const texts = readdirSync(BATTERY)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(BATTERY, f), 'utf8').split('\n'))
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text)
    const text = texts.join('\n\n')
    const found = matches(flat, text)
    expect(found.length).toBeGreaterThan(1000)
    expect(matches(trie, text)).toEqual(found)
  })
})
